-- Invented demo data for the local run (./mvnw quarkus:dev -Plocal); never part of a real deployment.
-- The two certifying bodies match the demo clients in docker/keycloak (kiwa-system, keurtoets-system);
-- Gemeente Zonnedijk and Kredietbank Rijnmond-Zuid match the demo member users lid.zonnedijk and
-- lid.kredietbank-rijnmond. Every name, address and KvK number here is made up.
-- Repeatable and idempotent: rows that already exist (perhaps edited through the API) are left alone.

insert into certifying_body (id, code, name, street, postal_code, city, website, accreditation_status, created_at, updated_at) values
    ('5b0f0c8e-3c1a-4f0e-9a51-0d1c7a6e2b01', 'KIWA', 'Kiwa Nederland (demo)', 'Certificeringslaan 1', '2280 AB', 'Rijswijk', 'https://www.example.org/kiwa', 'ACCREDITED', now(), now()),
    ('5b0f0c8e-3c1a-4f0e-9a51-0d1c7a6e2b02', 'KEURTOETS', 'Keurtoets Certificering (demo)', 'Toetsweg 12', '3811 CD', 'Amersfoort', 'https://www.example.org/keurtoets', 'ACCREDITED', now(), now())
on conflict do nothing;

insert into organisation (id, kvk_number, name, kind, street, postal_code, city, website, membership_status, member_since, created_at, updated_at) values
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', '90000001', 'Gemeente Zonnedijk', 'MUNICIPALITY', 'Raadhuisplein 1', '9901 AA', 'Zonnedijk', 'https://www.example.org/zonnedijk', 'MEMBER', date '2016-01-01', now(), now()),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', '90000002', 'Kredietbank Rijnmond-Zuid', 'CREDIT_BANK', 'Havenkade 40', '3072 EB', 'Rotterdam', 'https://www.example.org/kredietbank-rijnmond-zuid', 'MEMBER', date '2012-06-01', now(), now()),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1003', '90000003', 'Schuldhulp Het Baken B.V.', 'PRIVATE_PROVIDER', 'Vuurtorenstraat 7', '1781 KL', 'Den Helder', 'https://www.example.org/het-baken', 'MEMBER', date '2019-09-01', now(), now()),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1004', '90000004', 'Gemeente Heuvelrade', 'MUNICIPALITY', 'Markt 3', '6211 CK', 'Heuvelrade', 'https://www.example.org/heuvelrade', 'APPLICANT', null, now(), now()),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1005', '90000005', 'Stichting Budgetsteun Oost', 'OTHER', 'Lindelaan 22', '7511 JP', 'Enschede', 'https://www.example.org/budgetsteun-oost', 'ENDED', date '2015-03-01', now(), now())
on conflict do nothing;

insert into organisation_service (organisation_id, service_type) values
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', 'EARLY_WARNING'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', 'REGISTRATION'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', 'INTAKE_AND_PLAN'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', 'STABILISATION'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', 'WIND_DOWN_AND_AFTERCARE'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', 'SUSTAINABLE_FINANCIAL_SERVICES'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', 'DEBT_MEDIATION'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', 'PAYMENT_ARRANGEMENT'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', 'COMPULSORY_SETTLEMENT'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', 'WSNP'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1003', 'INFORMATION_AND_ADVICE'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1003', 'DEBT_ASSISTANCE_FOR_ENTREPRENEURS'),
    ('8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1005', 'SUSTAINABLE_FINANCIAL_SERVICES')
on conflict do nothing;

-- A decided audit of Gemeente Zonnedijk by KIWA, granted: a finding "meets" on every norm of
-- framework 1.1 that applies to its scope, and the certificate the grant issued (NVVK-ZD25-KW1A-7QME).
insert into audit (id, reference, certifying_body_id, body_code, organisation_id, organisation_kvk, framework_id, type, status,
                   first_visit_on, self_assessment_on, report_on, hours_online, hours_total, organisation_sketch, course,
                   advice, advice_motivation, signed_at_place, signed_on, signed_by, created_at, updated_at, submitted_at,
                   scope, visits, team, interviews, areas, previous_points,
                   decision, decision_motivation, decided_at)
values ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e01', 'KIWA-2025-0101', '5b0f0c8e-3c1a-4f0e-9a51-0d1c7a6e2b01', 'KIWA',
        '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', '90000001', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'INITIAL', 'DECIDED',
        date '2025-05-12', date '2025-04-14', date '2025-05-30', 4.0, 22.5,
        'Een middelgrote gemeente met een eigen team schuldhulpverlening van acht consulenten.',
        'Het onderzoek is conform planning verlopen; alle gevraagde documenten waren beschikbaar.',
        'POSITIVE', 'De organisatie voldoet aan alle normen van het kwaliteitskader.', 'Rijswijk', date '2025-05-30', 'Anouk Auditvelde',
        timestamptz '2025-04-01 09:00:00+02', timestamptz '2025-06-16 10:00:00+02', timestamptz '2025-05-30 16:00:00+02',
        '["EARLY_WARNING", "REGISTRATION", "INTAKE_AND_PLAN", "STABILISATION", "WIND_DOWN_AND_AFTERCARE"]',
        '[{"visitedOn": "2025-05-12", "description": "Bezoek aan het gemeentehuis"}]',
        '[{"name": "Anouk Auditvelde", "role": "LEAD_AUDITOR"}, {"name": "Bram Beoordeel", "role": "REVIEWER"}]',
        '[{"function": "teamleider", "interviewees": 1}, {"function": "schuldhulpverlener", "interviewees": 3}]',
        '[]', '[]',
        'GRANT', 'Het onderzoek toont aan dat de organisatie voldoet aan het kwaliteitskader.', timestamptz '2025-06-16 10:00:00+02')
on conflict do nothing;

insert into finding (id, audit_id, framework_id, norm_id, norm_number, classification, narrative, development_level)
select md5('demo-finding-' || n.id)::uuid, '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e01', n.framework_id, n.id, n.number, 'MEETS',
       'Voldoet; gezien in het dossieronderzoek en de interviews.', 3
from norm n
where n.framework_id = '7ad02515-e7b6-53cc-9d9f-41371d685f27'
  and (not exists (select 1 from norm_service_type t where t.norm_id = n.id)
       or exists (select 1 from norm_service_type t where t.norm_id = n.id
                  and t.service_type in ('EARLY_WARNING', 'REGISTRATION', 'INTAKE_AND_PLAN', 'STABILISATION', 'WIND_DOWN_AND_AFTERCARE')))
on conflict do nothing;

insert into certificate (id, number, audit_id, organisation_id, organisation_kvk, certifying_body_id, body_code, framework_id, scope,
                         issued_on, valid_from, valid_until, status, status_changed_at)
values ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e02', 'NVVK-ZD25-KW1A-7QME', '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e01',
        '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', '90000001', '5b0f0c8e-3c1a-4f0e-9a51-0d1c7a6e2b01', 'KIWA', '7ad02515-e7b6-53cc-9d9f-41371d685f27',
        '["EARLY_WARNING", "REGISTRATION", "INTAKE_AND_PLAN", "STABILISATION", "WIND_DOWN_AND_AFTERCARE"]',
        date '2025-06-16', date '2025-06-16', date '2028-06-15', 'ACTIVE', timestamptz '2025-06-16 10:00:00+02')
on conflict do nothing;

insert into certificate_status_change (id, certificate_id, from_status, to_status, reason, actor_subject, occurred_at)
values ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e03', '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e02', null, 'ACTIVE',
        'Granted on audit KIWA-2025-0101', 'nvvk-beheer', timestamptz '2025-06-16 10:00:00+02')
on conflict do nothing;

-- Kredietbank Rijnmond-Zuid, certified by KEURTOETS in January 2024: valid until 2027-01-14, so its
-- recertification schedule is inside the 7-month warning from 2026-06-15 (DUE_SOON) until a body plans
-- the recertification audit (NVVK-KR24-KT0B-5MZG).
insert into audit (id, reference, certifying_body_id, body_code, organisation_id, organisation_kvk, framework_id, type, status,
                   first_visit_on, self_assessment_on, report_on, hours_online, hours_total, organisation_sketch, course,
                   advice, advice_motivation, signed_at_place, signed_on, signed_by, created_at, updated_at, submitted_at,
                   scope, visits, team, interviews, areas, previous_points,
                   decision, decision_motivation, decided_at)
values ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e11', 'KT-2023-0877', '5b0f0c8e-3c1a-4f0e-9a51-0d1c7a6e2b02', 'KEURTOETS',
        '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', '90000002', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'RECERTIFICATION', 'DECIDED',
        date '2023-11-20', date '2023-10-23', date '2023-12-08', 2.0, 18.0,
        'Een regionale kredietbank voor vijf gemeenten, met een eigen team schuldregeling.',
        'Het onderzoek is conform planning verlopen.',
        'POSITIVE', 'De organisatie voldoet aan de normen van het kwaliteitskader.', 'Amersfoort', date '2023-12-08', 'Daan Documentveld',
        timestamptz '2023-10-01 09:00:00+02', timestamptz '2024-01-15 10:00:00+01', timestamptz '2023-12-08 16:00:00+01',
        '["SUSTAINABLE_FINANCIAL_SERVICES", "DEBT_MEDIATION", "PAYMENT_ARRANGEMENT", "COMPULSORY_SETTLEMENT", "WSNP"]',
        '[{"visitedOn": "2023-11-20", "description": "Bezoek aan de kredietbank"}]',
        '[{"name": "Daan Documentveld", "role": "LEAD_AUDITOR"}]',
        '[{"function": "schuldhulpverlener", "interviewees": 2}]',
        '[]', '[]',
        'GRANT', 'Het onderzoek toont aan dat de organisatie voldoet aan het kwaliteitskader.', timestamptz '2024-01-15 10:00:00+01')
on conflict do nothing;

insert into finding (id, audit_id, framework_id, norm_id, norm_number, classification, narrative, development_level)
select md5('demo-finding-kredietbank-' || n.id)::uuid, '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e11', n.framework_id, n.id, n.number, 'MEETS',
       'Voldoet; gezien in het dossieronderzoek en de interviews.', 3
from norm n
where n.framework_id = '7ad02515-e7b6-53cc-9d9f-41371d685f27'
  and (not exists (select 1 from norm_service_type t where t.norm_id = n.id)
       or exists (select 1 from norm_service_type t where t.norm_id = n.id
                  and t.service_type in ('SUSTAINABLE_FINANCIAL_SERVICES', 'DEBT_MEDIATION', 'PAYMENT_ARRANGEMENT', 'COMPULSORY_SETTLEMENT', 'WSNP')))
on conflict do nothing;

insert into certificate (id, number, audit_id, organisation_id, organisation_kvk, certifying_body_id, body_code, framework_id, scope,
                         issued_on, valid_from, valid_until, status, status_changed_at)
values ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e12', 'NVVK-KR24-KT0B-5MZG', '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e11',
        '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', '90000002', '5b0f0c8e-3c1a-4f0e-9a51-0d1c7a6e2b02', 'KEURTOETS', '7ad02515-e7b6-53cc-9d9f-41371d685f27',
        '["SUSTAINABLE_FINANCIAL_SERVICES", "DEBT_MEDIATION", "PAYMENT_ARRANGEMENT", "COMPULSORY_SETTLEMENT", "WSNP"]',
        date '2024-01-15', date '2024-01-15', date '2027-01-14', 'ACTIVE', timestamptz '2024-01-15 10:00:00+01')
on conflict do nothing;

insert into certificate_status_change (id, certificate_id, from_status, to_status, reason, actor_subject, occurred_at)
values ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e13', '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e12', null, 'ACTIVE',
        'Granted on audit KT-2023-0877', 'nvvk-beheer', timestamptz '2024-01-15 10:00:00+01')
on conflict do nothing;

-- "In gesprek met": a group of the three members, one meeting that Zonnedijk and the kredietbank took part in.
insert into peer_group (id, name, question, created_at, updated_at) values
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', 'In gesprek met: de keten', 'Hoe betrekken wij ketenpartners bij het opstellen van een schuldhulpplan?',
     timestamptz '2026-09-01 09:00:00+02', timestamptz '2026-09-01 09:00:00+02')
on conflict do nothing;

insert into peer_group_area (group_id, area_number) values
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', 4),
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', 6)
on conflict do nothing;

insert into peer_group_member (group_id, organisation_id, organisation_kvk, organisation_name) values
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1001', '90000001', 'Gemeente Zonnedijk'),
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1002', '90000002', 'Kredietbank Rijnmond-Zuid'),
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', '8c3e1f52-6d4b-4b8e-8f1a-2a7d9e0c1003', '90000003', 'Schuldhulp Het Baken B.V.')
on conflict do nothing;

insert into peer_meeting (id, group_id, held_on, topic, recorded_at) values
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e22', '0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e21', date '2026-10-08',
     'Casusbespreking: het eerste gesprek met een inwoner met problematische schulden', timestamptz '2026-10-08 16:00:00+02')
on conflict do nothing;

insert into peer_meeting_participant (meeting_id, organisation_kvk) values
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e22', '90000001'),
    ('0d3e5f70-1a2b-4c3d-8e4f-5a6b7c8d9e22', '90000002')
on conflict do nothing;
