import { BackOfficeLayout } from "./BackOfficeLayout";
import { BACK_OFFICE_NAV, type BackOfficeContext } from "./back-office-context";

/** The back office's start: who you are and what you can do here. */
export function HomePage({ ctx }: { ctx: BackOfficeContext }) {
  const { s } = ctx;
  const tasks = BACK_OFFICE_NAV.filter((item) => item.path !== "/verwaltung" && ctx.may(item.access));
  return (
    <BackOfficeLayout ctx={ctx} title={s.home.title}>
      <h1 class="kern-heading-large">{s.home.title}</h1>
      <p class="kern-body">{s.home.greeting(ctx.viewer.displayName)}</p>
      <h2 class="kern-heading-medium">{s.home.yourRoles}</h2>
      <ul class="kern-list">
        {ctx.viewer.roles.map((r) => (
          <li key={r}>{s.roles[r]}</li>
        ))}
      </ul>
      <h2 class="kern-heading-medium">{s.home.tasks}</h2>
      <ul class="kern-list sb-task-list">
        {tasks.map((item) => (
          <li key={item.path}>
            <a class="kern-link" href={ctx.href(item.path)}>
              {s.layout[item.label]}
            </a>
          </li>
        ))}
      </ul>
    </BackOfficeLayout>
  );
}
