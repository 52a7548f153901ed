import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TwoFactorStatus', { description: "The signed-in user's two-factor authentication." })
export class TwoFactorStatusType {
  @Field() enabled: boolean;
  @Field({ description: 'A setup was started and waits for its first code.' }) pending: boolean;
  @Field(() => Date, { nullable: true }) enabledAt: Date | null;
  @Field(() => Int, { description: 'Unused recovery codes (0 when two-factor is off).' })
  recoveryCodesRemaining: number;
}

@ObjectType('TwoFactorSetup', { description: 'A new authenticator secret, pending until confirmTwoFactorSetup.' })
export class TwoFactorSetupType {
  @Field({ description: 'otpauth://totp/… for authenticator apps.' }) otpauthUri: string;
  @Field({ description: 'The same URI as a QR code (PNG data URL).' }) qrCodeDataUrl: string;
  @Field({ description: 'The base32 secret, for typing into an app by hand.' }) secret: string;
}

@ObjectType('TwoFactorPolicy', { description: "The workspace's two-factor rule and how many members still lack it." })
export class TwoFactorPolicyType {
  @Field({ description: 'Every member must use two-factor authentication.' }) required: boolean;
  @Field(() => Int) members: number;
  @Field(() => Int) membersWithoutTwoFactor: number;
}
