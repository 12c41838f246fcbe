import { Link } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatInteger } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useI18n } from '../../i18n/useI18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { GoalTile } from './GoalTile';
import { readParam, useUrlState } from '../../components/urlState';
import { useLocalMessages } from '../../i18n/localMessages';
import { GoalProgressSummary } from './GoalProgressSummary';
import { overviewMessages } from './messages';

export const RegionOverviewQuery = graphql(`
  query RegionOverview($lang: Language) {
    region {
      id
      name(lang: $lang)
    }
    sdgGoals {
      id
      number
      code
      title(lang: $lang)
      shortTitle(lang: $lang)
      color
    }
    municipalities {
      id
      ags
      name
      kind
      population
    }
  }
`);

type RegionOverview = ResultOf<typeof RegionOverviewQuery>;

export function OverviewPage() {
  const { lang } = useI18n();
  const query = useQuery(RegionOverviewQuery, { lang: toApiLanguage(lang) });
  return <QueryStatus query={query}>{(data) => <Overview data={data} />}</QueryStatus>;
}

function Overview({ data }: { data: RegionOverview }) {
  const { lang, t, localize } = useI18n();
  const regionName = data.region?.name ?? t.appName;
  useDocumentTitle(`${regionName} – ${t.appName}`);
  const goals = [...data.sdgGoals].sort((a, b) => a.number - b.number);
  return (
    <>
      <h1>{t.overviewTitle(regionName)}</h1>
      <p className="lead">{t.overviewIntro}</p>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t.goalsHeading}</h2>
        <ol className="goal-grid">
          {goals.map((goal) => (
            <GoalTile
              key={goal.number}
              number={goal.number}
              shortTitle={goal.shortTitle}
              title={goal.title}
              color={goal.color}
              label={t.goalLabel(goal.code)}
              href={localize(`/ziel/${goal.number}`)}
            />
          ))}
        </ol>
      </section>

      <ProgressSection regionName={regionName} municipalities={data.municipalities} />

      <section aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading">{t.municipalitiesHeading}</h2>
        {data.municipalities.length === 0 ? (
          <p>{t.noMunicipalities}</p>
        ) : (
          <ul className="municipality-grid">
            {data.municipalities.map((m) => (
              <li key={m.ags} className="municipality-card">
                <h3 className="municipality-card__name">
                  <Link data-testid="municipality-link" to={localize(`/kommune/${m.ags}`)}>
                    {m.name}
                  </Link>
                </h3>
                <p className="municipality-card__kind">{t.municipalityKind[m.kind]}</p>
                <p className="municipality-card__population">
                  {m.population == null ? t.notAvailable : t.inhabitants(formatInteger(m.population, lang))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The progress summary per goal for the unit chosen in the URL (?einheit=<AGS>, the region by default). */
function ProgressSection({ regionName, municipalities }: { regionName: string; municipalities: RegionOverview['municipalities'] }) {
  const { m } = useLocalMessages(overviewMessages);
  const { search, update } = useUrlState();
  const requested = readParam(search, 'einheit');
  const chosen = municipalities.find((unit) => unit.ags === requested);
  const unit = chosen ? chosen.ags : 'region';
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{m.progressHeading}</h2>
      <p>{m.progressIntro}</p>
      <label className="field">
        <span>{m.unitLabel}</span>
        <select value={unit} onChange={(event) => update({ einheit: event.target.value === 'region' ? null : event.target.value })} data-testid="unit-select">
          <option value="region">{m.regionOption(regionName)}</option>
          {municipalities.map((option) => (
            <option key={option.ags} value={option.ags}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <GoalProgressSummary unit={unit} unitName={chosen?.name ?? regionName} />
    </section>
  );
}
