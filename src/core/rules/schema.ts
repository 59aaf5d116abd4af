// zod's functional build: the same checks and messages as `zod` at a third of its size; the rule packs
// are validated in the KC.* functions' runtime, which Excel loads at start-up (docs/benchmarks.md).
import * as z from "zod/mini";
import { MONEY_UNITS } from "../numbers/units";

// The English messages of full zod ("Too big: expected number to be <=100"); zod/mini ships none by default.
z.config(z.locales.en());

/** The unit a ceiling's absolute cap counts in: the project, each model, each beneficiary establishment… */
export const CEILING_BASES = ["project", "model", "establishment", "cluster", "round", "enterprise"] as const;
export type CeilingBasis = (typeof CEILING_BASES)[number];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD"));

export const ceilingSchema = z
  .strictObject({
    activity: z.string().check(z.minLength(1)),
    maxPercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
    maxAmount: z.optional(z.number().check(z.gt(0))),
    amountUnit: z._default(z.enum(MONEY_UNITS), "trieu"),
    per: z._default(z.enum(CEILING_BASES), "project"),
    /** V verified, I inferred, U unverified (never enforced). */
    status: z.enum(["V", "I", "U"]),
    note: z.optional(z.string()),
  })
  .check(
    z.refine((c) => c.maxPercent !== undefined || c.maxAmount !== undefined, {
      message: "cần maxPercent hoặc maxAmount / needs maxPercent or maxAmount",
    }),
  );

export const rulePackSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    fund: z.enum(["KCQG", "KCDP"]),
    province: z.optional(z.string().check(z.minLength(1))),
    basis: z.string().check(z.minLength(1)),
    effectiveFrom: z.nullable(isoDate),
    effectiveTo: z.optional(isoDate),
    ceilings: z.array(ceilingSchema),
  })
  .check(
    z.refine((p) => p.fund === "KCQG" || p.province !== undefined, {
      message: "gói KCĐP phải có tỉnh / a KCĐP pack needs a province",
    }),
  );

export const ruleLibrarySchema = z.strictObject({ version: z.string(), packs: z.array(rulePackSchema) });

export type Ceiling = z.infer<typeof ceilingSchema>;
export type RulePack = z.infer<typeof rulePackSchema>;
export type RuleLibrary = z.infer<typeof ruleLibrarySchema>;
