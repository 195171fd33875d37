/**
 * Progressive enhancement for the queue's public pages (no framework, a few KiB):
 * - the call display: live updates through Server-Sent Events, an optional chime;
 * - the position page behind a ticket's QR code: refreshes its status every 30 seconds;
 * - print buttons.
 * Without this script the display reloads itself (meta refresh) and the position page has a
 * refresh link.
 */

interface Call {
  number: string;
  counter: string;
  calledAt: string;
  callCount: number;
}

function callDisplay(root: HTMLElement) {
  const counters = JSON.parse(root.dataset.counters ?? "{}") as Record<string, string>;
  const latest = root.querySelector<HTMLElement>("[data-latest]");
  // the rows of the earlier calls' table (platform/views/Table), in its KERN markup
  const earlier = root.querySelector<HTMLElement>("[data-earlier] tbody");
  const chime = root.querySelector<HTMLButtonElement>("[data-chime]");
  const label = (key: string) => counters[key] ?? key;
  let lastKey = "";
  let soundOn = false;
  let audio: AudioContext | undefined;

  if (chime) {
    chime.hidden = false;
    chime.addEventListener("click", () => {
      soundOn = !soundOn;
      chime.setAttribute("aria-pressed", String(soundOn));
      chime.textContent = (soundOn ? chime.dataset.off : chime.dataset.on) ?? "";
      // Browsers allow sound only after a click; create the context now.
      if (soundOn) audio ??= new AudioContext();
    });
  }

  const ding = () => {
    const ctx = audio;
    if (!soundOn || !ctx) return;
    const t = ctx.currentTime;
    [660, 880].forEach((hz, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, t + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.3, t + i * 0.35 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.35 + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t + i * 0.35);
      osc.stop(t + i * 0.35 + 0.32);
    });
  };

  const cell = (text: string) => {
    const td = document.createElement("td");
    td.className = "kern-table__cell";
    td.textContent = text;
    return td;
  };

  const render = (calls: Call[]) => {
    const [first, ...rest] = calls;
    const key = first ? `${first.number}|${first.calledAt}|${first.callCount}` : "";
    if (latest && key !== lastKey) {
      latest.replaceChildren();
      if (first) {
        const n = document.createElement("span");
        n.className = "sb-display__number";
        n.textContent = first.number;
        const g = document.createElement("span");
        g.className = "sb-display__goto";
        g.textContent = root.dataset.goTo ?? "";
        const c = document.createElement("span");
        c.className = "sb-display__counter";
        c.textContent = label(first.counter);
        latest.append(n, " ", g, " ", c);
      } else {
        const none = document.createElement("span");
        none.className = "sb-display__none";
        none.textContent = root.dataset.none ?? "";
        latest.append(none);
      }
      if (lastKey && first) ding();
      lastKey = key;
    }
    if (earlier) {
      earlier.replaceChildren(
        ...rest.map((c) => {
          const tr = document.createElement("tr");
          tr.className = "kern-table__row";
          tr.append(cell(c.number), cell(label(c.counter)));
          return tr;
        }),
      );
    }
    root.dataset.updated = new Date().toISOString();
  };

  const url = root.dataset.events;
  if (!url || !("EventSource" in window)) return;
  let failedSince = 0;
  const source = new EventSource(url);
  source.addEventListener("calls", (e) => {
    failedSince = 0;
    render((JSON.parse((e as MessageEvent<string>).data) as { calls: Call[] }).calls);
  });
  source.addEventListener("open", () => {
    failedSince = 0;
    root.dataset.live = "true";
  });
  source.addEventListener("error", () => {
    root.dataset.live = "false";
    failedSince ||= Date.now();
  });
  // If the stream stays broken, fall back to what the page without JavaScript does: reload.
  setInterval(() => {
    if (failedSince && Date.now() - failedSince > 30_000) location.reload();
  }, 10_000);
}

function positionPage(status: HTMLElement) {
  const refresh = async () => {
    try {
      const res = await fetch(location.href, { headers: { accept: "text/html" }, cache: "no-store" });
      if (!res.ok) return;
      const doc = new DOMParser().parseFromString(await res.text(), "text/html");
      const fresh = doc.querySelector("[data-position-status]");
      if (fresh && fresh.innerHTML !== status.innerHTML) status.innerHTML = fresh.innerHTML;
    } catch {
      // offline for a moment: the next round tries again
    }
  };
  setInterval(refresh, 30_000);
}

const displayRoot = document.querySelector<HTMLElement>("[data-call-display]");
if (displayRoot) callDisplay(displayRoot);
const positionStatus = document.querySelector<HTMLElement>("[data-position-status]");
if (positionStatus) positionPage(positionStatus);
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

export {};
