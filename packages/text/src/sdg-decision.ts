/**
 * When a text addresses a goal. One place for the rule, so the tagger and the calibration script
 * (scripts/eval/calibrate-sdg.ts) cannot drift apart.
 */
export interface SdgDecisionSettings {
  /** Smallest score (saturated evidence times relative standing, see sdg-tagger.ts). */
  readonly threshold: number;
  /** Share of the strongest goal's raw evidence at which a goal is a main topic of the text. */
  readonly dominance: number;
  /**
   * Share of the strongest goal's evidence at which a goal the text comes back to (named at least
   * `SECONDARY_MENTIONS` times) is a secondary topic, not a passing mention.
   */
  readonly secondaryShare: number;
  /** Raw evidence at which a goal is addressed whatever the strongest goal's share. */
  readonly strongEvidence: number;
}

/**
 * Mentions that make a goal a secondary topic rather than a passing mention. A goal named once (one
 * word, once) next to another main topic is what the expert rule leaves untagged: the Swedish
 * near-miss fixture is made of such texts. Research abstracts labelled with several goals name their
 * secondary goals more than once; requiring two mentions kept the Swedish near-miss fixture at 0.91
 * where a plain 0.3 share dropped it to 0.81, for the same held-out gain on the abstracts.
 */
export const SECONDARY_MENTIONS = 2;

/**
 * Raw evidence below which no goal is addressed, whatever the thresholds: one typical marker (weight
 * 2) or several context words. A single context word ("företag", "government") is not a reference to a
 * goal, yet in a short text it is the strongest goal and scores 0.22 - above the calibrated score
 * threshold. On the expert abstracts a floor of 1.5-2 changed nothing; 3 lost a point.
 */
export const MIN_EVIDENCE = 2;

/**
 * A short text (a title, a one-line pitch, a search) has no room for passing mentions: "End poverty
 * and hunger" or "Fler kvinnor som startar sociala företag" name each goal as a topic. Below
 * `SHORT_TEXT_WORDS` words, a goal with a strong concept of its own (`SHORT_TEXT_EVIDENCE`, one
 * weight-3 concept) and at least `SHORT_TEXT_SHARE` of the strongest goal's evidence is addressed.
 * Measured against the calibrated rule alone: UN indicator texts (short, one goal each) 0.904 ->
 * 0.917, the Swedish fixture's micro-F1 0.816 -> 0.840, research abstracts 0.771 -> 0.781; the UN
 * near-miss sets lose under a point (targets 0.886 -> 0.882, indicators 0.774 -> 0.765), the expert
 * abstracts (long) are unchanged. 30 words or a 0.4 share cost the near-miss sets 1-2 points more.
 */
export const SHORT_TEXT_WORDS = 20;
export const SHORT_TEXT_EVIDENCE = 3;
export const SHORT_TEXT_SHARE = 0.5;

/**
 * Whether a goal is addressed: it has direct evidence, its score reaches the threshold and it is a
 * main topic (dominant or strongly evidenced, or strongly named in a short text of `words` words) or
 * a secondary topic the text returns to.
 */
export function addressesGoal(
  score: number,
  own: number,
  strongest: number,
  mentions: number,
  settings: SdgDecisionSettings,
  words = Number.POSITIVE_INFINITY,
): boolean {
  if (!(score > 0 && score >= settings.threshold && own >= MIN_EVIDENCE)) return false;
  if (own >= settings.dominance * strongest || own >= settings.strongEvidence) return true;
  const short = words < SHORT_TEXT_WORDS;
  if (short && own >= SHORT_TEXT_EVIDENCE && own >= SHORT_TEXT_SHARE * strongest) return true;
  return mentions >= SECONDARY_MENTIONS && own >= settings.secondaryShare * strongest;
}

/**
 * A supportive context word (lexicon weight 1: "government", field vocabulary such as "digital") counts
 * as half a mention: a goal the text names once directly plus one context word is still a passing
 * mention. Counting context words fully tagged passing mentions in the Swedish near-miss fixture
 * (0.94 -> 0.91); not counting them lost the research abstracts that come back to a goal through its
 * field vocabulary (held-out 0.816 -> 0.796).
 */
const CONTEXT_MENTION = 0.5;

/** One concept found for a goal: how often, through which forms, with what lexicon weight. */
export interface GoalHit {
  readonly count: number;
  readonly forms: readonly string[];
  readonly weight: number;
}

/**
 * How many times a text names a goal: the occurrences of its concepts, where a concept matched only
 * through words another of the goal's concepts already counted adds nothing ("technology" and the
 * field concept "digital technology" both matching "digital" is one mention, not two), and context
 * words count half.
 */
export function goalMentions(hits: readonly GoalHit[]): number {
  const ordered = [...hits].sort((a, b) => b.forms.length - a.forms.length || b.count - a.count);
  const counted = new Set<string>();
  let mentions = 0;
  for (const hit of ordered) {
    if (hit.forms.every((form) => counted.has(form))) continue;
    for (const form of hit.forms) counted.add(form);
    mentions += hit.count * (hit.weight >= 2 ? 1 : CONTEXT_MENTION);
  }
  return mentions;
}
