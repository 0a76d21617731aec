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
