import { latestRole, type ActorInfo } from './knowledge.ts';

/** The role an actor held on `date` (YYYY-MM-DD), else the nearest one before it, else the latest. */
export function codeOnDate(actor: ActorInfo, date: string | null): string {
  if (actor.roles.length === 0) return actor.code;
  if (date) {
    const active = actor.roles.filter((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
    if (active.length) return active[active.length - 1]!.code;
    const before = actor.roles.filter((r) => r.to && r.to < date).sort((a, b) => b.to!.localeCompare(a.to!));
    if (before.length) return before[0]!.code;
  }
  return latestRole(actor.roles)?.code ?? actor.code;
}

/** Did the actor hold any role on `date`? */
export function activeOn(actor: ActorInfo, date: string): boolean {
  return actor.roles.some((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
}
