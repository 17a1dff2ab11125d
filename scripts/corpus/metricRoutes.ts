// Which catalogue metric each corpus metric id goes to, or why it stays out. Hand-written decisions.
const ANECDOTE = 'an anecdote about one case or one mediator, not a statistic of the region';
const NOT_A_STATISTIC =
  'a rule, time limit, threshold, label or per-unit staffing norm, not a count of work done';
const TARGET = 'a target, threshold or hoped-for value, not a result';
const RANK = 'a rank or a streak length, not a figure that can be compared as a value';
const ELSEWHERE =
  "another area's figure quoted for context (the nation, the province or a different county), not this region's";
const CONTEXT = 'a context count (towns, villages, reporting centres), not work done';

export const EXCLUDED_METRICS: Record<string, string> = {
  'mediation.case_example_area': ANECDOTE,
  'mediation.case_example_compensation': ANECDOTE,
  'mediation.case_example_days': ANECDOTE,
  'mediation.case_example_duration': ANECDOTE,
  'mediation.case_example_parties': ANECDOTE,
  'mediation.case_example_party_age': ANECDOTE,
  'mediation.case_example_years': ANECDOTE,
  'mediation.mediator_example_age': ANECDOTE,
  'mediation.mediator_example_case_files': ANECDOTE,
  'mediation.mediator_example_cases': ANECDOTE,
  'mediation.mediator_example_fulfilment_rate': ANECDOTE,
  'mediation.mediator_example_years': ANECDOTE,
  'mediation.police_station_years': ANECDOTE,
  'review.example_case_count': ANECDOTE,
  'review.example_case_days': ANECDOTE,
  'review.example_case_minutes': ANECDOTE,
  'review.example_cases': ANECDOTE,
  'review.example_collective_case_persons': ANECDOTE,
  'legal_aid.single_case_compensation': ANECDOTE,
  'legal_aid.thank_you_banners_december': ANECDOTE,
  'publicity.lawyers_at_event': ANECDOTE,
  'publicity.typical_cases': 'the number of typical cases a white paper chose to publish, not a statistic',
  'review.statutory_time_limit_days': NOT_A_STATISTIC,
  'mediation.response_time_limit': NOT_A_STATISTIC,
  'mediation.industry_system_label': NOT_A_STATISTIC,
  'mediation.risk_graded_dispute_categories': NOT_A_STATISTIC,
  'mediation.fulltime_mediators_per_township_committee': NOT_A_STATISTIC,
  'mediation.mediators_per_village_committee': NOT_A_STATISTIC,
  'legal_aid.income_threshold': NOT_A_STATISTIC,
  'legal_aid.eligibility_dibao_multiple': NOT_A_STATISTIC,
  'legal_aid.approval_days': NOT_A_STATISTIC,
  'legal_aid.approval_days_before': NOT_A_STATISTIC,
  'legal_aid.cross_city_service_target': TARGET,
  'legal_aid.case_target': TARGET,
  'litigation.loss_rate_outlook': TARGET,
  'litigation.loss_rate_target': TARGET,
  'litigation.mediated_withdrawn_rate_outlook': TARGET,
  'litigation.mediated_withdrawn_rate_target': TARGET,
  'review.review_to_litigation_ratio_target': TARGET,
  'review.settled_rate_target': TARGET,
  'rule_of_law.satisfaction_rank': RANK,
  'rule_of_law.assessment_rank': RANK,
  'litigation.double_decline_rank': RANK,
  'litigation.principal_head_appearance_rank': RANK,
  'litigation.head_appearance_rate_streak': RANK,
  'gov_services.law_based_government_first_place_years': RANK,
  'grassroots.months_without_homicide': RANK,
  'grassroots.years_three_none_petition_county': RANK,
  'grassroots.years_without_mass_incidents': RANK,
  'rule_of_law.national_candidates': ELSEWHERE,
  'rule_of_law.northwest_provinces': ELSEWHERE,
  'grassroots.issuing_departments': ELSEWHERE,
  'mediation.organizations_in_centres_province': ELSEWHERE,
  'mediation.mediators_in_centres_province': ELSEWHERE,
  'mediation.grassroots_resolution_share_province': ELSEWHERE,
  'legal_services.notary_offices_in_centres_province': ELSEWHERE,
  'legal_services.arbitration_bodies_in_centres_province': ELSEWHERE,
  'litigation.provincial_award_units': ELSEWHERE,
  'mediation.volunteer_mediators_county': ELSEWHERE,
  'grassroots.towns': CONTEXT,
  'grassroots.townships': CONTEXT,
  'grassroots.villages': CONTEXT,
  'grassroots.villages_communities': CONTEXT,
  'legal_aid.county_centres_reporting': CONTEXT,
  'review.review_to_litigation_ratio':
    'a ratio (3.78:1); the dataset has no ratio unit, and a percent would misstate it',
  'mediation.funding':
    'three amounts for five funding categories: the text does not say which amount belongs to which (see the label note)',
};

/** Same thing, another id: near-duplicates grouped, court figures under court.*, rule_of_law.* under the catalogue's oversight theme. */
export const RENAMED_METRICS: Record<string, string> = {
  'mediation.court_entrusted_resolved': 'court.entrusted_mediation_resolved',
  'mediation.court_entrusted_success_rate': 'court.entrusted_mediation_success_rate',
  'mediation.court_entrusted_days_saved': 'court.entrusted_mediation_days_saved',
  'publicity.legal_savvy_persons': 'publicity.legal_literate_persons',
  'legal_services.legal_literate_persons': 'publicity.legal_literate_persons',
  'legal_aid.migrant_recovered': 'legal_aid.migrant_worker_recovered',
  'legal_aid.hotline_consultations': 'legal_aid.hotline_calls',
  'legal_aid.case_subsidies_paid': 'legal_aid.case_subsidies',
  'legal_aid.closed': 'legal_aid.concluded',
  'review.closed': 'review.concluded',
  'review.settled_rate': 'review.settlement_rate',
  'mediation.township_committees': 'mediation.committees_township',
  'mediation.village_committees': 'mediation.committees_village',
  'mediation.professional_committees': 'mediation.committees_professional',
  'mediation.professional_mediators': 'mediation.mediators_professional',
  'mediation.dispute_screenings': 'mediation.screenings',
  // the five reports' catalogue already has these objects
  'mediation.prevented': 'mediation.disputes_prevented',
  'mediation.dispatched_rooms_police': 'mediation.police_station_rooms',
  'legal_aid.cross_city_transfers': 'legal_aid.cross_area_transfers',
  'legal_aid.migrant_wages_recovered': 'legal_aid.migrant_worker_recovered',
  'legal_services.notary_value': 'legal_services.notary_assets',
  'enforcement.officers_trained': 'enforcement.staff_training',
};

export type MetricRoute = { metric: string } | { excluded: string };

export function routeMetric(corpusId: string): MetricRoute {
  const excluded = EXCLUDED_METRICS[corpusId];
  if (excluded !== undefined) return { excluded };
  const renamed = RENAMED_METRICS[corpusId];
  if (renamed !== undefined) return { metric: renamed };
  if (corpusId.startsWith('rule_of_law.'))
    return { metric: `oversight.${corpusId.slice('rule_of_law.'.length)}` };
  return { metric: corpusId };
}
