import { z } from 'zod';
import type { MessageParam, MessageParams } from '../i18n/messageKey';

/** Params of words as they cross the contract (shared/i18n/messageKey.ts): text, numbers, or words themselves. */
export const messageParamsSchema: z.ZodType<MessageParams> = z.lazy(() => z.record(z.string(), messageParamSchema));
const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([z.string(), z.number(), z.object({ key: z.string(), params: messageParamsSchema.optional() })]),
);
