import { DOCUMENT_CATEGORIES } from '@clientflow/domain';
import { humanizeEnum } from '../../../shared/lib/format';

export const CATEGORY_OPTIONS = DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: humanizeEnum(c) }));
