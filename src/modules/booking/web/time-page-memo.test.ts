import { describe, expect, it } from "vitest";
import type { Slot } from "../domain/slots";
import { TimePageMemo } from "./time-page-memo";

describe("TimePageMemo", () => {
  const counting = (memo: TimePageMemo) => {
    let renders = 0;
    const render = async () => {
      renders++;
      return { html: `<input name="_csrf" value="${memo.csrfMark}"><p>${renders}</p>`, status: 409 };
    };
    return { render, renders: () => renders };
  };

  it("renders a page once per frozen array and key, with each resident's token put in", async () => {
    const memo = new TimePageMemo();
    const c = counting(memo);
    const slots = Object.freeze([]) as unknown as Slot[];
    const a = await memo.page(slots, "k", "token-a", c.render);
    const b = await memo.page(slots, "k", "token-b", c.render);
    expect(a).toEqual({ html: '<input name="_csrf" value="token-a"><p>1</p>', status: 409 });
    expect(b.html).toBe('<input name="_csrf" value="token-b"><p>1</p>');
    expect(c.renders()).toBe(1);
    await memo.page(slots, "other", "token-c", c.render);
    // new free times (claims changed) are a new array: rendered anew
    await memo.page(Object.freeze([]) as unknown as Slot[], "k", "token-d", c.render);
    expect(c.renders()).toBe(3);
  });

  it('never keeps a page of an array made for one request, and takes a token\'s "$" literally', async () => {
    const memo = new TimePageMemo();
    const c = counting(memo);
    const slots: Slot[] = [];
    await memo.page(slots, "k", "t", c.render);
    const page = await memo.page(slots, "k", "a$&b$'", c.render);
    expect(c.renders()).toBe(2);
    expect(page.html).toContain(`value="a$&b$'"`);
  });

  it("keeps at most its limit of pages per array", async () => {
    const memo = new TimePageMemo(2);
    const c = counting(memo);
    const slots = Object.freeze([]) as unknown as Slot[];
    for (const key of ["a", "b", "c", "a"]) await memo.page(slots, key, "t", c.render);
    expect(c.renders()).toBe(4);
  });
});
