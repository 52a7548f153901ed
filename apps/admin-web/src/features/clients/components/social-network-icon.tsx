import {
  IconBrandBehance, IconBrandBluesky, IconBrandDribbble, IconBrandFacebook, IconBrandGithub, IconBrandInstagram,
  IconBrandLinkedin, IconBrandMedium, IconBrandPinterest, IconBrandThreads, IconBrandTiktok, IconBrandVimeo,
  IconBrandX, IconBrandYoutube, type Icon,
} from '@tabler/icons-react';
import type { SocialNetwork } from '@clientflow/graphql-types/admin';

export const SOCIAL_ICONS: Record<SocialNetwork, Icon> = {
  LINKEDIN: IconBrandLinkedin,
  INSTAGRAM: IconBrandInstagram,
  FACEBOOK: IconBrandFacebook,
  X: IconBrandX,
  YOUTUBE: IconBrandYoutube,
  TIKTOK: IconBrandTiktok,
  GITHUB: IconBrandGithub,
  BEHANCE: IconBrandBehance,
  DRIBBBLE: IconBrandDribbble,
  PINTEREST: IconBrandPinterest,
  THREADS: IconBrandThreads,
  BLUESKY: IconBrandBluesky,
  MEDIUM: IconBrandMedium,
  VIMEO: IconBrandVimeo,
};
