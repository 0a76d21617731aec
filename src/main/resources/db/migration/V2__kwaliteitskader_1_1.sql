-- Kwaliteitskader NVVK, version 1.1 (March 2021): 7 performance areas, 50 norms, 4 development levels.
-- Numbers and titles as the scheme publishes them; norm keys are stable slugs that survive renumbering.

insert into framework (id, code, version, title, published_on, status, created_at) values
    ('7ad02515-e7b6-53cc-9d9f-41371d685f27', 'KWALITEITSKADER', '1.1', 'Kwaliteitskader NVVK', date '2021-03-01', 'PUBLISHED', timestamptz '2021-03-01 00:00:00+01');

insert into development_level (framework_id, level, title) values
    ('7ad02515-e7b6-53cc-9d9f-41371d685f27', 1, 'Beheerste processen'),
    ('7ad02515-e7b6-53cc-9d9f-41371d685f27', 2, 'Resultaatgericht'),
    ('7ad02515-e7b6-53cc-9d9f-41371d685f27', 3, 'Lerend en vernieuwend'),
    ('7ad02515-e7b6-53cc-9d9f-41371d685f27', 4, 'Integraal samenwerkend in de keten');

insert into performance_area (id, framework_id, number, title) values
    ('01650d85-3862-5872-8abe-eec307b0c36f', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 1, 'Koers'),
    ('4f287d9b-6e61-531f-8024-44028276998e', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 2, 'Leiderschap'),
    ('f52b8ad5-4c66-5c5e-8150-69221516c6d7', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 3, 'Organisatie'),
    ('381b45a9-ff55-5ee2-af84-0764db2a24c3', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 4, 'Financiële hulpverlening'),
    ('be632af4-9f4c-5aec-8a51-c49755c57b6e', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 5, 'Professionals'),
    ('fca518ea-391c-52b9-915c-195555c5b248', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 6, 'Externe samenwerking, uitbesteding en inkoop'),
    ('ed70bd96-cc99-57db-a44c-747f3e757d4a', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 7, 'Reflecteren, verbeteren en verantwoorden');

insert into norm (id, framework_id, area_id, norm_key, number, position, title) values
    ('773c99df-2e48-503d-a6a3-d102d1656506', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '01650d85-3862-5872-8abe-eec307b0c36f', 'voldoen-aan-wet-en-regelgeving', '1.1', 1, 'Voldoen aan wet- en regelgeving'),
    ('f7ea1bbc-4baf-51cf-a0bb-59034d9baafa', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '01650d85-3862-5872-8abe-eec307b0c36f', 'voldoen-aan-nvvk-eisen', '1.2', 2, 'Voldoen aan NVVK-eisen'),
    ('acbc8c63-4cb3-58d2-bea7-96fd4da688f9', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '01650d85-3862-5872-8abe-eec307b0c36f', 'volgen-van-ontwikkelingen-op-vlak-financiele-hulpverlening', '1.3', 3, 'Volgen van ontwikkelingen op vlak financiële hulpverlening'),
    ('a8d2d9b4-98aa-5cf7-8771-c5e07436127f', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '01650d85-3862-5872-8abe-eec307b0c36f', 'formuleren-missie-visie-en-strategie', '1.4', 4, 'Formuleren missie, visie en strategie'),
    ('7e69941e-c48a-5288-8090-65667a29de43', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '01650d85-3862-5872-8abe-eec307b0c36f', 'formuleren-concrete-doelen-en-plannen', '1.5', 5, 'Formuleren concrete doelen en plannen'),
    ('200966ca-3791-56cd-8c02-71c41abc03a0', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '01650d85-3862-5872-8abe-eec307b0c36f', 'helderheid-over-invulling-van-opdracht-en-en-verantwoording', '1.6', 6, 'Helderheid over invulling van opdracht(en) en verantwoording'),
    ('1f55b81c-39ec-5708-a0c7-8496b55849e9', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '4f287d9b-6e61-531f-8024-44028276998e', 'onderschrijven-en-uitdragen-nvvk-belofte', '2.1', 1, 'Onderschrijven en uitdragen NVVK Belofte'),
    ('ad20aa91-950f-57c4-bf04-19682c63fee5', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '4f287d9b-6e61-531f-8024-44028276998e', 'betrekken-professionals-bij-de-koers', '2.2', 2, 'Betrekken professionals bij de koers'),
    ('a119711e-ac04-5e5f-83ab-60cf35b9ff63', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '4f287d9b-6e61-531f-8024-44028276998e', 'eigenaarschap-voor-de-ambities-van-de-organisatie', '2.3', 3, 'Eigenaarschap voor de ambities van de organisatie'),
    ('10def5ad-7e96-57df-8372-0048328c4646', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '4f287d9b-6e61-531f-8024-44028276998e', 'passende-leiderschapsstijl', '2.4', 4, 'Passende leiderschapsstijl'),
    ('ae658d82-e0dc-54fb-9f5e-f6eb663ea72d', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '4f287d9b-6e61-531f-8024-44028276998e', 'bijdragen-aan-optimalisering-financiele-hulpverlening', '2.5', 5, 'Bijdragen aan optimalisering financiële hulpverlening'),
    ('2daadf12-065c-5d13-9d43-1bfe027c1276', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'f52b8ad5-4c66-5c5e-8150-69221516c6d7', 'passende-organisatie-inrichting-en-overlegstructuur', '3.1', 1, 'Passende organisatie-inrichting en overlegstructuur'),
    ('07415555-b2b7-55f7-862e-f6a4cbc7588f', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'f52b8ad5-4c66-5c5e-8150-69221516c6d7', 'inzichtelijke-effectieve-en-doelmatige-werkprocessen', '3.2', 2, 'Inzichtelijke, effectieve en doelmatige werkprocessen'),
    ('2e6d6ba0-578f-5b15-bc1b-371139a578f5', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'f52b8ad5-4c66-5c5e-8150-69221516c6d7', 'adequate-werkomstandigheden', '3.3', 3, 'Adequate werkomstandigheden'),
    ('f7ac4b15-2242-5cd9-be35-77bf707c9deb', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'f52b8ad5-4c66-5c5e-8150-69221516c6d7', 'werkbare-ict-infrastructuur', '3.4', 4, 'Werkbare ICT-infrastructuur'),
    ('6c58333d-9390-5f09-9751-41a3756fbae4', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'f52b8ad5-4c66-5c5e-8150-69221516c6d7', 'beheerste-organisatieverandering', '3.5', 5, 'Beheerste organisatieverandering'),
    ('39684f4c-c4a1-58c7-89aa-3be7852ae81e', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'f52b8ad5-4c66-5c5e-8150-69221516c6d7', 'publieke-incidenten-en-klachtenregeling', '3.6', 6, 'Publieke incidenten- en klachtenregeling'),
    ('bb38c67f-13c9-5e00-b021-1a0f155e9e67', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'begrijpelijke-communicatie-en-goede-bereikbaarheid', '4.1', 1, 'Begrijpelijke communicatie en goede bereikbaarheid'),
    ('18166c19-6f07-5696-9279-2b5b6b439d77', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'methodisch-werken', '4.2', 2, 'Methodisch werken'),
    ('5c3be16f-75cc-5b1b-baca-9c60b4c6071d', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'laagdrempelige-toegang', '4.3', 3, 'Laagdrempelige toegang'),
    ('6e68f702-a89e-547c-9eb7-ee49c3838424', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'bejegening-en-hulp-op-basis-van-vertrouwen', '4.4', 4, 'Bejegening en hulp op basis van vertrouwen'),
    ('362c8135-0f33-5679-9222-cb446a5d98bf', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'planmatige-intake-met-oog-voor-vraag-achter-de-vraag', '4.5', 5, 'Planmatige intake met oog voor ‘vraag achter de vraag’'),
    ('6497503a-9e3a-5bcd-baf9-06f355eec42f', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'met-klant-afgestemd-plan-van-aanpak', '4.6', 6, 'Met klant afgestemd plan van aanpak'),
    ('662d22bc-ed20-5196-8483-5af22365f8f3', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'passende-inzet-van-vormen-van-financiele-hulp', '4.7', 7, 'Passende inzet van vormen van financiële hulp'),
    ('2946f5ad-85cb-5c8b-bd6d-ca89a4ff5528', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'gericht-verwijzen-bij-flankerende-problematiek', '4.8', 8, 'Gericht verwijzen bij flankerende problematiek'),
    ('7bc313e2-3db6-5ca1-aff9-10bbbeceff3f', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'evaluatie-voortgang-en-zo-nodig-bijstellen-aanpak', '4.9', 9, 'Evaluatie voortgang en zo nodig bijstellen aanpak'),
    ('6859301f-4c19-5e65-b927-2e26fd574ab3', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'hulp-is-zo-kort-als-mogelijk-en-zo-lang-als-nodig-met-inzet-op-bestendiging', '4.10', 10, 'Hulp is ‘zo kort als mogelijk en zo lang als nodig’ met inzet op bestendiging'),
    ('c867f3bf-18d8-5fc6-ab6b-77f37c67f398', '7ad02515-e7b6-53cc-9d9f-41371d685f27', '381b45a9-ff55-5ee2-af84-0764db2a24c3', 'zorgvuldige-dossiervorming', '4.11', 11, 'Zorgvuldige dossiervorming'),
    ('d1c7ea16-36c8-5e3b-8d65-13c5d0875d90', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'duurzame-arbeidsrelaties', '5.1', 1, 'Duurzame arbeidsrelaties'),
    ('930795d2-44ae-5216-8579-a348a9d1bbd2', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'vastgesteld-personeelsbeleid', '5.2', 2, 'Vastgesteld personeelsbeleid'),
    ('9f2c5967-d8bf-52db-8b83-6857ac79bcfd', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'benodigde-functies-taken-en-rollen-vastgesteld', '5.3', 3, 'Benodigde functies, taken en rollen vastgesteld'),
    ('004a247e-14f7-585b-9b8e-196d715f045c', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'voldoende-competente-en-integere-professionals', '5.4', 4, 'Voldoende competente en integere professionals'),
    ('04c6485e-7b36-5b73-ba8d-2a1fbdd73765', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'doeltreffend-inwerken', '5.5', 5, 'Doeltreffend inwerken'),
    ('0ee28de8-4dc4-5169-a32a-077877643609', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'inzicht-in-en-handelen-naar-koers-en-nvvk-belofte', '5.6', 6, 'Inzicht in en handelen naar koers en NVVK Belofte'),
    ('d69037f0-cf17-529d-802e-f27a6141ebab', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'naleven-en-optimaliseren-werkafspraken', '5.7', 7, 'Naleven en optimaliseren werkafspraken'),
    ('d0772947-1c0e-5bec-a9b5-89f470278ca1', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'planmatige-scholing-en-ontwikkeling', '5.8', 8, 'Planmatige scholing en ontwikkeling'),
    ('257cc8ba-2fd2-5f15-a4ef-6850f0f187ad', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'openstaan-voor-feedback-en-hieruit-leren', '5.9', 9, 'Openstaan voor feedback en hieruit leren'),
    ('6d8131c7-057c-5d05-8696-8e09dee2afaa', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'jaarlijks-evalueren-van-functioneren', '5.10', 10, 'Jaarlijks evalueren van functioneren'),
    ('c1ff631c-d581-58d3-8ae2-5bb3a9d67295', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'be632af4-9f4c-5aec-8a51-c49755c57b6e', 'personeelsdossier-voldoet-aan-eisen', '5.11', 11, 'Personeelsdossier voldoet aan eisen'),
    ('4371a087-a3b6-5ebc-ba5f-a15961478a51', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'fca518ea-391c-52b9-915c-195555c5b248', 'sociale-kaart-financiele-hulpverlening', '6.1', 1, 'Sociale kaart financiële hulpverlening'),
    ('b8422a4f-5134-5b97-9d03-7539801e4388', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'fca518ea-391c-52b9-915c-195555c5b248', 'visie-op-samenwerking-partners-met-overleg-en-evaluatie', '6.2', 2, 'Visie op samenwerking partners met overleg en evaluatie'),
    ('ab808967-c67c-5cea-ba2d-9050430ef0a4', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'fca518ea-391c-52b9-915c-195555c5b248', 'uitbesteding-in-lijn-met-de-koers', '6.3', 3, 'Uitbesteding in lijn met de Koers'),
    ('fac1dc91-879c-5e03-b971-92ef22735410', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'fca518ea-391c-52b9-915c-195555c5b248', 'doelmatige-inzet-van-derden', '6.4', 4, 'Doelmatige inzet van derden'),
    ('a283ee8f-8b65-5629-b9c8-7537faded203', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'fca518ea-391c-52b9-915c-195555c5b248', 'doelmatige-inkoop-en-periodieke-evaluatie', '6.5', 5, 'Doelmatige inkoop en periodieke evaluatie'),
    ('2e38ae18-5e5c-50bc-9bcf-c46d3e52203f', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'ed70bd96-cc99-57db-a44c-747f3e757d4a', 'vaststellen-van-relevante-gegevens', '7.1', 1, 'Vaststellen van relevante gegevens'),
    ('793e03f0-b268-5f2e-9c3d-902422545615', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'ed70bd96-cc99-57db-a44c-747f3e757d4a', 'gerichte-gegevensverzameling', '7.2', 2, 'Gerichte gegevensverzameling'),
    ('3e2e93ef-dbbd-5725-b01c-670cea4eb784', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'ed70bd96-cc99-57db-a44c-747f3e757d4a', 'reflecteren-op-managementinformatie-in-samenhang', '7.3', 3, 'Reflecteren op managementinformatie in samenhang'),
    ('2d43fc9e-301f-5b95-bb55-608a72982f3e', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'ed70bd96-cc99-57db-a44c-747f3e757d4a', 'op-basis-van-reflectie-werken-aan-verbetering', '7.4', 4, 'Op basis van reflectie werken aan verbetering'),
    ('cb155535-ac5f-5147-ade9-95cb582b46c6', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'ed70bd96-cc99-57db-a44c-747f3e757d4a', 'planmatig-ontwikkelen-en-vernieuwing-van-financiele-hulp', '7.5', 5, 'Planmatig ontwikkelen en vernieuwing van financiële hulp'),
    ('528d6016-c0c2-53aa-99ae-a6cf364bf006', '7ad02515-e7b6-53cc-9d9f-41371d685f27', 'ed70bd96-cc99-57db-a44c-747f3e757d4a', 'verantwoording-in-publiekelijk-jaarverslag', '7.6', 6, 'Verantwoording in publiekelijk jaarverslag');
