// The contest a contest command works on: its file loaded and checked, the stage
// named (or the only one), and how a participant's school is shown (the registry's short name).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contestSchoolProblems } from '../kinds/contest-rules.js';
import { userError } from '../schema/diagnostic.js';
import type { Contest, ContestStage } from '../schema/contest.js';
import type { WorkspaceContext } from './context.js';
import { loadOne } from './find-one.js';

export interface LoadedContest {
  readonly contest: Contest;
  readonly stage: ContestStage;
  readonly schoolName: (school: string) => string;
}

/** With `lastByDefault`, no --stage means the contest's last stage (the diplomas are of the final results). */
export async function loadContest(ctx: WorkspaceContext, file: string, stageId: string | undefined, lastByDefault = false): Promise<LoadedContest> {
  const contest = (await loadOne(ctx, 'contest', file, true))!;
  const stage = stageOf(ctx, contest, file, stageId ?? (lastByDefault ? contest.stages.at(-1)!.id : undefined));
  const registry = await loadOne(ctx, 'registry', undefined, false);
  const schools = new Map((registry?.schools ?? []).map((school) => [school.id, school.shortName ?? school.name]));
  if (registry) await warnUnknownSchools(ctx, file, contest, [...schools.keys()]);
  return { contest, stage, schoolName: (school) => schools.get(school.trim()) ?? school };
}

/**
 * A conflict of interest is found by the school's registry id: a juror's or a
 * participant's school that is not in the registry would let a juror score
 * their own teachers unnoticed, so it is said, where it is written.
 */
async function warnUnknownSchools(ctx: WorkspaceContext, file: string, contest: Contest, known: readonly string[]): Promise<void> {
  const problems = contestSchoolProblems(contest, known);
  if (problems.length === 0) return;
  const shown = ctx.display(path.resolve(ctx.cwd, file));
  const text = readFileSync(path.resolve(ctx.cwd, file), 'utf8');
  const diagnostics = (await import('../kinds/locate-problems.js')).locateProblems(shown, text, problems) ?? [];
  await ctx.report(diagnostics, new Map([[shown, text]]), 'short');
}

function stageOf(ctx: WorkspaceContext, contest: Contest, file: string, stageId: string | undefined): ContestStage {
  const known = contest.stages.map((stage) => stage.id).join('|');
  const names = contest.stages.map((stage) => stage.title).join('|');
  const shown = ctx.display(path.resolve(ctx.cwd, file));
  if (stageId === undefined) {
    if (contest.stages.length === 1) return contest.stages[0]!;
    throw userError(shown, 'contest-stage-needed', { known, names }, 2);
  }
  const stage = contest.stages.find((candidate) => candidate.id === stageId);
  if (!stage) throw userError(shown, 'contest-stage-unknown', { value: stageId, known, names }, 2);
  return stage;
}
