import { z } from "zod";
import { findPasswordProblem, PASSWORD_MAX_LENGTH } from "./password-policy";

/** The dashboard's sign-in, first-run and password forms, parsed on the server from FormData. */
export const signInFormSchema = z.object({
  email: z.email("Enter a valid email address").max(254),
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX_LENGTH),
});

type NewPassword = { password: string; confirm: string };

function checkNewPassword(value: NewPassword, ctx: z.RefinementCtx, email?: string) {
  const problem = findPasswordProblem(value.password, email);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  else if (value.password !== value.confirm) {
    ctx.addIssue({ code: "custom", path: ["confirm"], message: "The passwords do not match" });
  }
}

export const setupFormSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(100),
    email: z.email("Enter a valid email address").max(254),
    organization: z.string().trim().min(1, "Name the organization").max(100),
    project: z.string().trim().min(1, "Name the first project").max(100),
    password: z.string().max(PASSWORD_MAX_LENGTH),
    confirm: z.string(),
  })
  .superRefine((value, ctx) => checkNewPassword(value, ctx, value.email));

export const changePasswordFormSchema = z
  .object({
    current: z.string().min(1, "Enter your current password").max(PASSWORD_MAX_LENGTH),
    password: z.string().max(PASSWORD_MAX_LENGTH),
    confirm: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.current === value.password) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "Choose a password different from the current one",
      });
    } else checkNewPassword(value, ctx);
  });

/** What a form action hands back to its form: one message per field, or one for the whole form. */
export type FormState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export function formStateFromZod(error: z.ZodError, values: Record<string, string> = {}): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return { fieldErrors, values };
}

/** FormData as plain strings (files are not expected in these forms). */
export const formValues = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData.entries()].map(([key, value]) => [key, String(value)]));
