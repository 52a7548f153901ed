import { Field, InputType, registerEnumType } from 'type-graphql';

export enum SignUpMode {
  OPEN = 'OPEN',
  INVITE_ONLY = 'INVITE_ONLY',
  OFF = 'OFF',
}
registerEnumType(SignUpMode, {
  name: 'SignUpMode',
  description: 'SIGNUP on this server: OPEN (anyone creates a workspace), INVITE_ONLY or OFF.',
});

export const signUpModeOf = (mode: 'open' | 'invite-only' | 'off'): SignUpMode =>
  mode === 'open' ? SignUpMode.OPEN : mode === 'invite-only' ? SignUpMode.INVITE_ONLY : SignUpMode.OFF;

/** Errors name these fields (BAD_USER_INPUT `field`); the domain checks every value. */
@InputType()
export class SignUpInput {
  @Field() name: string;
  @Field() email: string;
  @Field() password: string;
  @Field() agencyName: string;
  @Field(() => String, {
    nullable: true,
    description: 'BCP 47 tag (the browser language): their emails and the workspace default.',
  })
  locale?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code; default USD.' })
  currency?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone; default UTC.' })
  timezone?: string | null;
}
