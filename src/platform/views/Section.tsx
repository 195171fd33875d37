import type { ComponentChildren } from "preact";

/** A page section named by its heading, so screen readers list it as a region. */
export function Section(props: {
  id: string;
  title: ComponentChildren;
  level?: 2 | 3;
  children: ComponentChildren;
}) {
  const { id, title, level = 2, children } = props;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id}>
      <Heading class={level === 2 ? "kern-heading-medium" : "kern-heading-small"} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
