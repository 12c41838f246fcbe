import { useI18n } from '../i18n/useI18n';

export function DemoBanner() {
  const { t } = useI18n();
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>{t.demoBanner}</strong> <span>{t.demoBannerDetail}</span>
    </div>
  );
}
