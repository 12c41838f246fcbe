export * from './language';
export * from './format';
export { messages, type Messages, type MunicipalityKindKey } from './messages';
export { useI18n, type I18n } from './useI18n';
