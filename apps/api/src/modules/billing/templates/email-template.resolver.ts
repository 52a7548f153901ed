import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { EMAIL_TEMPLATE_PLACEHOLDERS, type EmailTemplateKind } from '@clientflow/domain';
import type { Context } from '../../../platform/graphql/context';
import type { EffectiveTemplate } from './email-template.service';
import { EmailTemplateKindEnum, EmailTemplateType, SaveEmailTemplateInput } from './email-template.types';

const view = (t: EffectiveTemplate): EmailTemplateType => ({
  ...t,
  placeholders: [...EMAIL_TEMPLATE_PLACEHOLDERS[t.kind]],
});

/** Billing email templates: workspace defaults (Settings) and per-client overrides (the client's Email templates tab). */
@Authorized('billing.manage')
@Resolver(() => EmailTemplateType)
export class EmailTemplateResolver {
  @Query(() => [EmailTemplateType], {
    description: "Every kind's effective template for the client (or the workspace when clientId is omitted).",
  })
  async emailTemplates(
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Ctx() ctx: Context,
  ): Promise<EmailTemplateType[]> {
    return (await ctx.services.emailTemplates.list(ctx.scope(), clientId ?? null)).map(view);
  }

  @Mutation(() => EmailTemplateType, {
    description: 'Unknown placeholders are refused (BAD_USER_INPUT on subject or body, naming the placeholder).',
  })
  async saveEmailTemplate(
    @Arg('input', () => SaveEmailTemplateInput) input: SaveEmailTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<EmailTemplateType> {
    return view(await ctx.services.emailTemplates.save(ctx.scope(), { ...input, clientId: input.clientId ?? null }));
  }

  @Mutation(() => EmailTemplateType, {
    description:
      "Drops the override: a client falls back to the workspace's template, the workspace to the built-in one.",
  })
  async resetEmailTemplate(
    @Arg('kind', () => EmailTemplateKindEnum) kind: EmailTemplateKind,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Ctx() ctx: Context,
  ): Promise<EmailTemplateType> {
    return view(await ctx.services.emailTemplates.reset(ctx.scope(), kind, clientId ?? null));
  }
}
