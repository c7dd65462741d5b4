-- Administrative regions (GB/T 2260). Statistics are kept for the leaves (districts);
-- cities and provinces aggregate them.
create table region (
    code        varchar(6)   primary key check (code ~ '^[0-9]{6}$'),
    name        varchar(100) not null check (length(btrim(name)) > 0),
    name_en     varchar(100) not null check (length(btrim(name_en)) > 0),
    level       varchar(10)  not null check (level in ('PROVINCE', 'CITY', 'DISTRICT')),
    parent_code varchar(6)   references region (code),
    -- lets other tables demand "a district" through a foreign key
    unique (code, level),
    check ((level = 'PROVINCE') = (parent_code is null)),
    check (parent_code is null or parent_code <> code)
);
create index region_parent_idx on region (parent_code);

insert into region (code, name, name_en, level, parent_code) values
    ('440000', '广东省', 'Guangdong', 'PROVINCE', null),
    ('440700', '江门市', 'Jiangmen',  'CITY',     '440000'),
    ('440703', '蓬江区', 'Pengjiang', 'DISTRICT', '440700'),
    ('440704', '江海区', 'Jianghai',  'DISTRICT', '440700'),
    ('440705', '新会区', 'Xinhui',    'DISTRICT', '440700'),
    ('440781', '台山市', 'Taishan',   'DISTRICT', '440700'),
    ('440783', '开平市', 'Kaiping',   'DISTRICT', '440700'),
    ('440784', '鹤山市', 'Heshan',    'DISTRICT', '440700'),
    ('440785', '恩平市', 'Enping',    'DISTRICT', '440700');

-- Working-day calendar exceptions: public holidays on weekdays (working = false) and
-- make-up working days on weekends (调休, working = true). Empty means Monday to Friday.
create table calendar_exception (
    day     date         primary key,
    working boolean      not null,
    name    varchar(100) not null check (length(btrim(name)) > 0)
);
