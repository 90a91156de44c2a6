import { z } from "zod";

/**
 * A text in Latvian and English: every name and label in kpi-kit is bilingual.
 *
 * @category Model
 */
export const LocalizedTextSchema = z
  .object({
    lv: z.string().min(1, "a Latvian text is required"),
    en: z.string().min(1, "an English text is required"),
  })
  .strict()
  .readonly();

/**
 * A text in Latvian (`lv`) and English (`en`).
 *
 * @category Model
 */
export interface LocalizedText extends z.output<typeof LocalizedTextSchema> {}

/**
 * A locale kpi-kit has labels for.
 *
 * @category Model
 */
export type Locale = "lv" | "en";
