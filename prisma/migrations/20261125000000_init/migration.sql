-- CreateEnum
CREATE TYPE "MunicipalityKind" AS ENUM ('CITY', 'DISTRICT', 'TOWN');

-- CreateEnum
CREATE TYPE "IndicatorTopic" AS ENUM ('SDG_MUNICIPAL', 'SUSTAINABILITY_STRATEGY', 'STRUCTURE');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "Aggregation" AS ENUM ('SUM', 'POPULATION_WEIGHTED_MEAN', 'NOT_AGGREGABLE');

-- CreateEnum
CREATE TYPE "ObservationStatus" AS ENUM ('FINAL', 'PROVISIONAL', 'ESTIMATED');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED', 'DRY_RUN');

-- CreateEnum
CREATE TYPE "ReferenceArea" AS ENUM ('GERMANY', 'NRW');

-- CreateEnum
CREATE TYPE "TargetScope" AS ENUM ('MUNICIPALITY', 'REGION', 'COUNTRY');

-- CreateEnum
CREATE TYPE "TargetComparator" AS ENUM ('AT_LEAST', 'AT_MOST', 'EQUAL');

-- CreateEnum
CREATE TYPE "ActorSector" AS ENUM ('ADMINISTRATION', 'POLITICS', 'CIVIL_SOCIETY', 'BUSINESS', 'SCIENCE_EDUCATION', 'CHURCH', 'MIGRANT_ORGANISATION', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorLinkKind" AS ENUM ('COOPERATION', 'MEMBERSHIP', 'FUNDING', 'PARTNERSHIP');

-- CreateEnum
CREATE TYPE "PartnershipKind" AS ENUM ('TOWN_TWINNING', 'PROJECT', 'SCHOOL', 'ASSOCIATION');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('KICK_OFF', 'WORKSHOP', 'LOCAL_CONFERENCE', 'REGIONAL_CONFERENCE', 'CIRCLE_MEETING', 'OTHER');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('HOST', 'EXPERT_INPUT', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('WORKS_WELL', 'NEED', 'IDEA', 'BARRIER');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'AGREED', 'IN_PROGRESS', 'IMPLEMENTED', 'ON_HOLD', 'REJECTED');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('SIGNED_LIST', 'ONLINE_FORM', 'EMAIL');

-- CreateEnum
CREATE TYPE "PublicationKind" AS ENUM ('SITUATION_ANALYSIS', 'REGIONAL_CONFERENCE', 'IMPRINT', 'PRIVACY', 'PAGE');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'STAFF', 'PARTNER');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameDe" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "ags" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "kind" "MunicipalityKind" NOT NULL,
    "parentId" TEXT,
    "nuts3" VARCHAR(5),
    "population" INTEGER,
    "populationDate" DATE,
    "areaKm2" DOUBLE PRECISION,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SdgGoal" (
    "number" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "shortDe" TEXT NOT NULL,
    "shortEn" TEXT NOT NULL,
    "color" VARCHAR(7) NOT NULL,

    CONSTRAINT "SdgGoal_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "SdgTarget" (
    "code" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "SdgTarget_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SdgIndicator" (
    "code" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "targetCode" TEXT NOT NULL,
    "titleDe" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleDeStatus" TEXT NOT NULL,
    "inUnFramework" BOOLEAN NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "SdgIndicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "topic" "IndicatorTopic" NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "definitionDe" TEXT,
    "definitionEn" TEXT,
    "unitDe" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "polarity" "Polarity" NOT NULL,
    "aggregation" "Aggregation" NOT NULL DEFAULT 'NOT_AGGREGABLE',
    "methodDe" TEXT,
    "sourceName" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "licence" TEXT,
    "inferredByHand" BOOLEAN NOT NULL DEFAULT false,
    "inferenceNote" TEXT,
    "genesisTable" TEXT,
    "genesisColumn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorSdgGoal" (
    "indicatorId" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,

    CONSTRAINT "IndicatorSdgGoal_pkey" PRIMARY KEY ("indicatorId","goalNumber")
);

-- CreateTable
CREATE TABLE "IndicatorSdgTarget" (
    "indicatorId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    CONSTRAINT "IndicatorSdgTarget_pkey" PRIMARY KEY ("indicatorId","targetCode")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "regionId" TEXT,
    "createdById" TEXT,
    "createdByLabel" TEXT,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "fileSha256" VARCHAR(64),
    "status" "ImportStatus" NOT NULL,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsCreated" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "rowsSkipped" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "disaggregation" JSONB NOT NULL DEFAULT '{}',
    "disaggregationKey" TEXT NOT NULL DEFAULT '',
    "status" "ObservationStatus" NOT NULL DEFAULT 'FINAL',
    "source" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "importBatchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceObservation" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "area" "ReferenceArea" NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "disaggregationKey" TEXT NOT NULL DEFAULT '',
    "source" TEXT,
    "importBatchId" TEXT,

    CONSTRAINT "ReferenceObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "scope" "TargetScope" NOT NULL,
    "municipalityId" TEXT,
    "regionId" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "year" INTEGER NOT NULL,
    "comparator" "TargetComparator" NOT NULL,
    "noteDe" TEXT,
    "noteEn" TEXT,
    "source" TEXT,
    "importBatchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "name" TEXT NOT NULL,
    "sector" "ActorSector" NOT NULL,
    "descriptionDe" TEXT,
    "website" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorSdgInterest" (
    "actorId" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,

    CONSTRAINT "ActorSdgInterest_pkey" PRIMARY KEY ("actorId","goalNumber")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "actorId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "roleTitle" TEXT,
    "notes" TEXT,
    "erasedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorLink" (
    "id" TEXT NOT NULL,
    "fromActorId" TEXT NOT NULL,
    "toActorId" TEXT NOT NULL,
    "kind" "ActorLinkKind" NOT NULL,
    "noteDe" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActorLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "actorId" TEXT,
    "kind" "PartnershipKind" NOT NULL,
    "partnerPlace" TEXT NOT NULL,
    "partnerCountry" VARCHAR(2) NOT NULL,
    "sinceYear" INTEGER,
    "descriptionDe" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "kind" "EventKind" NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "place" TEXT,
    "descriptionDe" TEXT,
    "minutesDe" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "actorId" TEXT,
    "contactId" TEXT,
    "role" "ParticipationRole" NOT NULL,
    "topicDe" TEXT,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "actorId" TEXT,
    "contactId" TEXT,
    "interviewerId" TEXT,
    "conductedAt" TIMESTAMP(3) NOT NULL,
    "notes" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "interviewId" TEXT,
    "eventId" TEXT,
    "kind" "FindingKind" NOT NULL,
    "statementDe" TEXT NOT NULL,
    "publicStatementDe" TEXT,
    "themes" TEXT[],
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingSdgTarget" (
    "findingId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    CONSTRAINT "FindingSdgTarget_pkey" PRIMARY KEY ("findingId","targetCode")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "parentId" TEXT,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT,
    "textDe" TEXT NOT NULL,
    "textEn" TEXT,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'DRAFT',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "dueDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationChange" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "authorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromStatus" "RecommendationStatus",
    "toStatus" "RecommendationStatus" NOT NULL,
    "fromProgress" INTEGER,
    "toProgress" INTEGER NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL,

    CONSTRAINT "RecommendationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFinding" (
    "recommendationId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,

    CONSTRAINT "RecommendationFinding_pkey" PRIMARY KEY ("recommendationId","findingId")
);

-- CreateTable
CREATE TABLE "RecommendationSdgTarget" (
    "recommendationId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    CONSTRAINT "RecommendationSdgTarget_pkey" PRIMARY KEY ("recommendationId","targetCode")
);

-- CreateTable
CREATE TABLE "RecommendationIndicator" (
    "recommendationId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "RecommendationIndicator_pkey" PRIMARY KEY ("recommendationId","indicatorId")
);

-- CreateTable
CREATE TABLE "RecommendationActor" (
    "recommendationId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "RecommendationActor_pkey" PRIMARY KEY ("recommendationId","actorId")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "eventId" TEXT,
    "titleDe" TEXT NOT NULL,
    "textDe" TEXT NOT NULL,
    "agreedAt" DATE NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSignatory" (
    "agreementId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "AgreementSignatory_pkey" PRIMARY KEY ("agreementId","actorId")
);

-- CreateTable
CREATE TABLE "AgreementRecommendation" (
    "agreementId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,

    CONSTRAINT "AgreementRecommendation_pkey" PRIMARY KEY ("agreementId","recommendationId")
);

-- CreateTable
CREATE TABLE "InitiativeCircle" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "nameDe" TEXT NOT NULL,
    "descriptionDe" TEXT,
    "foundedAt" DATE NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeCircle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleMember" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "actorId" TEXT,
    "contactId" TEXT,
    "joinedAt" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleAgreement" (
    "circleId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,

    CONSTRAINT "CircleAgreement_pkey" PRIMARY KEY ("circleId","agreementId")
);

-- CreateTable
CREATE TABLE "CircleReport" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "eventId" TEXT,
    "meetingNumber" INTEGER NOT NULL,
    "meetingDate" DATE NOT NULL,
    "progressDe" TEXT NOT NULL,
    "hurdlesDe" TEXT,
    "solutionsDe" TEXT,
    "missingDe" TEXT,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleReportAgreement" (
    "reportId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,

    CONSTRAINT "CircleReportAgreement_pkey" PRIMARY KEY ("reportId","agreementId")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "eventId" TEXT,
    "method" "ConsentMethod" NOT NULL,
    "textVersion" TEXT NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "kind" "PublicationKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT,
    "bodyDe" TEXT NOT NULL,
    "bodyEn" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "regionId" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" VARCHAR(64) NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    "role" "UserRole" NOT NULL,
    "regionId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataStep" (
    "key" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "DataStep_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_ags_key" ON "Municipality"("ags");

-- CreateIndex
CREATE INDEX "Municipality_regionId_kind_idx" ON "Municipality"("regionId", "kind");

-- CreateIndex
CREATE INDEX "Municipality_parentId_idx" ON "Municipality"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "SdgGoal_code_key" ON "SdgGoal"("code");

-- CreateIndex
CREATE INDEX "SdgTarget_goalNumber_sortOrder_idx" ON "SdgTarget"("goalNumber", "sortOrder");

-- CreateIndex
CREATE INDEX "SdgIndicator_targetCode_sortOrder_idx" ON "SdgIndicator"("targetCode", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");

-- CreateIndex
CREATE INDEX "Indicator_topic_idx" ON "Indicator"("topic");

-- CreateIndex
CREATE INDEX "Indicator_genesisTable_idx" ON "Indicator"("genesisTable");

-- CreateIndex
CREATE INDEX "IndicatorSdgGoal_goalNumber_idx" ON "IndicatorSdgGoal"("goalNumber");

-- CreateIndex
CREATE INDEX "IndicatorSdgTarget_targetCode_idx" ON "IndicatorSdgTarget"("targetCode");

-- CreateIndex
CREATE INDEX "ImportBatch_startedAt_idx" ON "ImportBatch"("startedAt");

-- CreateIndex
CREATE INDEX "Observation_municipalityId_indicatorId_year_idx" ON "Observation"("municipalityId", "indicatorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_indicatorId_municipalityId_year_disaggregationK_key" ON "Observation"("indicatorId", "municipalityId", "year", "disaggregationKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceObservation_indicatorId_area_year_disaggregationKe_key" ON "ReferenceObservation"("indicatorId", "area", "year", "disaggregationKey");

-- CreateIndex
CREATE INDEX "IndicatorTarget_indicatorId_scope_idx" ON "IndicatorTarget"("indicatorId", "scope");

-- CreateIndex
CREATE INDEX "Actor_regionId_sector_idx" ON "Actor"("regionId", "sector");

-- CreateIndex
CREATE INDEX "Actor_municipalityId_idx" ON "Actor"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_regionId_name_key" ON "Actor"("regionId", "name");

-- CreateIndex
CREATE INDEX "ActorSdgInterest_goalNumber_idx" ON "ActorSdgInterest"("goalNumber");

-- CreateIndex
CREATE INDEX "Contact_regionId_lastName_idx" ON "Contact"("regionId", "lastName");

-- CreateIndex
CREATE INDEX "Contact_actorId_idx" ON "Contact"("actorId");

-- CreateIndex
CREATE INDEX "Contact_email_idx" ON "Contact"("email");

-- CreateIndex
CREATE INDEX "ActorLink_toActorId_idx" ON "ActorLink"("toActorId");

-- CreateIndex
CREATE UNIQUE INDEX "ActorLink_fromActorId_toActorId_kind_key" ON "ActorLink"("fromActorId", "toActorId", "kind");

-- CreateIndex
CREATE INDEX "Partnership_regionId_partnerCountry_idx" ON "Partnership"("regionId", "partnerCountry");

-- CreateIndex
CREATE INDEX "Event_regionId_startsAt_idx" ON "Event"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "Event_municipalityId_kind_idx" ON "Event"("municipalityId", "kind");

-- CreateIndex
CREATE INDEX "Participation_eventId_idx" ON "Participation"("eventId");

-- CreateIndex
CREATE INDEX "Participation_actorId_idx" ON "Participation"("actorId");

-- CreateIndex
CREATE INDEX "Participation_contactId_idx" ON "Participation"("contactId");

-- CreateIndex
CREATE INDEX "Interview_regionId_conductedAt_idx" ON "Interview"("regionId", "conductedAt");

-- CreateIndex
CREATE INDEX "Finding_regionId_municipalityId_kind_idx" ON "Finding"("regionId", "municipalityId", "kind");

-- CreateIndex
CREATE INDEX "FindingSdgTarget_targetCode_idx" ON "FindingSdgTarget"("targetCode");

-- CreateIndex
CREATE INDEX "Recommendation_regionId_status_idx" ON "Recommendation"("regionId", "status");

-- CreateIndex
CREATE INDEX "Recommendation_municipalityId_status_idx" ON "Recommendation"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Recommendation_parentId_idx" ON "Recommendation"("parentId");

-- CreateIndex
CREATE INDEX "RecommendationChange_at_idx" ON "RecommendationChange"("at");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationChange_recommendationId_version_key" ON "RecommendationChange"("recommendationId", "version");

-- CreateIndex
CREATE INDEX "RecommendationFinding_findingId_idx" ON "RecommendationFinding"("findingId");

-- CreateIndex
CREATE INDEX "RecommendationSdgTarget_targetCode_idx" ON "RecommendationSdgTarget"("targetCode");

-- CreateIndex
CREATE INDEX "RecommendationIndicator_indicatorId_idx" ON "RecommendationIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "RecommendationActor_actorId_idx" ON "RecommendationActor"("actorId");

-- CreateIndex
CREATE INDEX "Agreement_regionId_agreedAt_idx" ON "Agreement"("regionId", "agreedAt");

-- CreateIndex
CREATE INDEX "AgreementSignatory_actorId_idx" ON "AgreementSignatory"("actorId");

-- CreateIndex
CREATE INDEX "AgreementRecommendation_recommendationId_idx" ON "AgreementRecommendation"("recommendationId");

-- CreateIndex
CREATE INDEX "InitiativeCircle_regionId_idx" ON "InitiativeCircle"("regionId");

-- CreateIndex
CREATE INDEX "CircleMember_circleId_idx" ON "CircleMember"("circleId");

-- CreateIndex
CREATE INDEX "CircleAgreement_agreementId_idx" ON "CircleAgreement"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "CircleReport_circleId_meetingNumber_key" ON "CircleReport"("circleId", "meetingNumber");

-- CreateIndex
CREATE INDEX "CircleReportAgreement_agreementId_idx" ON "CircleReportAgreement"("agreementId");

-- CreateIndex
CREATE INDEX "Consent_regionId_withdrawnAt_idx" ON "Consent"("regionId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Consent_contactId_idx" ON "Consent"("contactId");

-- CreateIndex
CREATE INDEX "Publication_regionId_kind_status_idx" ON "Publication"("regionId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_regionId_slug_key" ON "Publication"("regionId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTarget" ADD CONSTRAINT "SdgTarget_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgIndicator" ADD CONSTRAINT "SdgIndicator_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgIndicator" ADD CONSTRAINT "SdgIndicator_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSdgGoal" ADD CONSTRAINT "IndicatorSdgGoal_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSdgGoal" ADD CONSTRAINT "IndicatorSdgGoal_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSdgTarget" ADD CONSTRAINT "IndicatorSdgTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorSdgTarget" ADD CONSTRAINT "IndicatorSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceObservation" ADD CONSTRAINT "ReferenceObservation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceObservation" ADD CONSTRAINT "ReferenceObservation_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorSdgInterest" ADD CONSTRAINT "ActorSdgInterest_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorSdgInterest" ADD CONSTRAINT "ActorSdgInterest_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_fromActorId_fkey" FOREIGN KEY ("fromActorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_toActorId_fkey" FOREIGN KEY ("toActorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingSdgTarget" ADD CONSTRAINT "FindingSdgTarget_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingSdgTarget" ADD CONSTRAINT "FindingSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationChange" ADD CONSTRAINT "RecommendationChange_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationChange" ADD CONSTRAINT "RecommendationChange_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFinding" ADD CONSTRAINT "RecommendationFinding_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFinding" ADD CONSTRAINT "RecommendationFinding_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSdgTarget" ADD CONSTRAINT "RecommendationSdgTarget_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationSdgTarget" ADD CONSTRAINT "RecommendationSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationIndicator" ADD CONSTRAINT "RecommendationIndicator_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationIndicator" ADD CONSTRAINT "RecommendationIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationActor" ADD CONSTRAINT "RecommendationActor_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationActor" ADD CONSTRAINT "RecommendationActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRecommendation" ADD CONSTRAINT "AgreementRecommendation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRecommendation" ADD CONSTRAINT "AgreementRecommendation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCircle" ADD CONSTRAINT "InitiativeCircle_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCircle" ADD CONSTRAINT "InitiativeCircle_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMember" ADD CONSTRAINT "CircleMember_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "InitiativeCircle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMember" ADD CONSTRAINT "CircleMember_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMember" ADD CONSTRAINT "CircleMember_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleAgreement" ADD CONSTRAINT "CircleAgreement_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "InitiativeCircle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleAgreement" ADD CONSTRAINT "CircleAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleReport" ADD CONSTRAINT "CircleReport_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "InitiativeCircle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleReport" ADD CONSTRAINT "CircleReport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleReportAgreement" ADD CONSTRAINT "CircleReportAgreement_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CircleReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleReportAgreement" ADD CONSTRAINT "CircleReportAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CHECK constraints (written by hand: Prisma's schema language cannot express them, and its diff
-- leaves them alone).
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_ags_format" CHECK ("ags" ~ '^[0-9]{8}$');
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_town_has_district" CHECK (("kind" = 'TOWN') = ("parentId" IS NOT NULL));
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_population_positive" CHECK ("population" IS NULL OR "population" >= 0);
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_area_positive" CHECK ("areaKm2" IS NULL OR "areaKm2" > 0);
ALTER TABLE "SdgGoal" ADD CONSTRAINT "SdgGoal_number_range" CHECK ("number" BETWEEN 1 AND 17);
ALTER TABLE "SdgGoal" ADD CONSTRAINT "SdgGoal_color_format" CHECK ("color" ~ '^#[0-9A-F]{6}$');
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_decimals_range" CHECK ("decimals" BETWEEN 0 AND 6);
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_year_range" CHECK ("year" BETWEEN 1900 AND 2100);
ALTER TABLE "ReferenceObservation" ADD CONSTRAINT "ReferenceObservation_year_range" CHECK ("year" BETWEEN 1900 AND 2100);
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_scope_owner" CHECK (
  ("scope" = 'MUNICIPALITY' AND "municipalityId" IS NOT NULL AND "regionId" IS NULL) OR
  ("scope" = 'REGION' AND "regionId" IS NOT NULL AND "municipalityId" IS NULL) OR
  ("scope" = 'COUNTRY' AND "regionId" IS NULL AND "municipalityId" IS NULL)
);
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_not_self" CHECK ("fromActorId" <> "toActorId");
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_country_format" CHECK ("partnerCountry" ~ '^[A-Z]{2}$');
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_has_participant" CHECK ("actorId" IS NOT NULL OR "contactId" IS NOT NULL);
ALTER TABLE "CircleMember" ADD CONSTRAINT "CircleMember_has_member" CHECK ("actorId" IS NOT NULL OR "contactId" IS NOT NULL);
ALTER TABLE "CircleReport" ADD CONSTRAINT "CircleReport_meeting_number_positive" CHECK ("meetingNumber" >= 1);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_weight_positive" CHECK ("weight" >= 1);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "RecommendationChange" ADD CONSTRAINT "RecommendationChange_progress_range" CHECK ("toProgress" BETWEEN 0 AND 100 AND ("fromProgress" IS NULL OR "fromProgress" BETWEEN 0 AND 100));
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawn_after_given" CHECK ("withdrawnAt" IS NULL OR "withdrawnAt" >= "givenAt");
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));
