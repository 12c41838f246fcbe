// Each module registers one domain area on the builder; importing them is what builds the schema.
import { builder } from '../builder.js';
import './language.js';
import './errors.js';
import './auth.js';
import './sdg.js';
import './region.js';
import './municipality.js';
import './indicator.js';
import './indicator-target.js';
import './progress.js';
import './series.js';
import './unit-indicators.js';
import './profile.js';
import './comparison.js';
import './actor.js';
import './finding.js';
import './recommendation.js';
import './agreement.js';
import './circle.js';
import './consent.js';
import './publication.js';
import './contact.js';
import './network.js';
import './partnership.js';
import './event.js';
import './interview.js';

export const schema = builder.toSchema({ sortSchema: false });
