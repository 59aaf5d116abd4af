import { z } from "zod";
import { MONEY_UNITS } from "../numbers/units";

/** The unit a ceiling's absolute cap counts in: the project, each model, each beneficiary establishment… */
export const CEILING_BASES = ["project", "model", "establishment", "cluster", "round", "enterprise"] as const;
export type CeilingBasis = (typeof CEILING_BASES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD");

export const ceilingSchema = z
  .object({
    activity: z.string().min(1),
    maxPercent: z.number().gt(0).lte(100).optional(),
    maxAmount: z.number().gt(0).optional(),
    amountUnit: z.enum(MONEY_UNITS).default("trieu"),
    per: z.enum(CEILING_BASES).default("project"),
    /** V verified, I inferred, U unverified (never enforced). */
    status: z.enum(["V", "I", "U"]),
    note: z.string().optional(),
  })
  .strict()
  .refine((c) => c.maxPercent !== undefined || c.maxAmount !== undefined, {
    message: "cần maxPercent hoặc maxAmount / needs maxPercent or maxAmount",
  });

export const rulePackSchema = z
  .object({
    id: z.string().min(1),
    fund: z.enum(["KCQG", "KCDP"]),
    province: z.string().min(1).optional(),
    basis: z.string().min(1),
    effectiveFrom: isoDate.nullable(),
    effectiveTo: isoDate.optional(),
    ceilings: z.array(ceilingSchema),
  })
  .strict()
  .refine((p) => p.fund === "KCQG" || p.province !== undefined, {
    message: "gói KCĐP phải có tỉnh / a KCĐP pack needs a province",
  });

export const ruleLibrarySchema = z.object({ version: z.string(), packs: z.array(rulePackSchema) }).strict();

export type Ceiling = z.infer<typeof ceilingSchema>;
export type RulePack = z.infer<typeof rulePackSchema>;
export type RuleLibrary = z.infer<typeof ruleLibrarySchema>;
