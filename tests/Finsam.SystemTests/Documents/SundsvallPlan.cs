using Finsam.Contracts.Documents.V1;

namespace Finsam.SystemTests.Documents;

// shared/reference/'s "Verksamhetsplan och budget 2022-2024" as Sundsvall would enter it:
// the template (its parts in order, tkr, its own row labels) and the year's narrative,
// with placeholders where the text states a figure of the budget.
public static class SundsvallPlan
{
    public static DocumentTemplate Template(string federationId) => new()
    {
        Name = $"federations/{federationId}/documentTemplate",
        TitlePage = new TitlePage
        {
            Lines = { "SAMORDNINGSFÖRBUNDET", "I SUNDSVALL" },
            Date = "2021-12-15",
            ShowReferenceNumber = true,
            Title = "Verksamhetsplan och budget {{ year }} - {{ last_year }}",
            ShowAdoption = true,
            AdoptedBy = "styrelsen för Samordningsförbundet",
        },
        TableOfContents = true,
        Unit = AmountUnit.Tkr,
        RowLabels = { ["Försäkringskassan"] = "Försäkringskassan/Arbetsförmedlingen" },
        ContingentLiabilities = "Inga",
        Parts =
        {
            Section(1, "Verksamhetsplan och budget för år {{ year }} och plan för {{ plan_years[0] }} och {{ last_year }} för Samordningsförbundet i Sundsvall", "forord"),
            Section(1, "Inledning", "inledning"),
            Section(1, "Syfte", "syfte"),
            Section(1, "Vision", "vision"),
            Section(1, "Uppgifter", "uppgifter"),
            new DocumentPart { Level = 1, Heading = "Organisation" },
            Section(2, "Medlemssamråd", "medlemssamrad"),
            Section(2, "Samverkansstruktur för Samordningsförbundet Sundsvall", "samverkansstruktur"),
            Section(2, "Styrelse", "styrelse"),
            Section(2, "Strategigrupp", "strategigrupp"),
            Section(2, "Samverkansråd", "samverkansrad"),
            Section(2, "Medarbetarråd.", "medarbetarrad"),
            Section(2, "Verkställande tjänsteman", "verkstallande-tjansteman"),
            Section(2, "Utvecklingsledare", "utvecklingsledare"),
            Section(2, "Revisorer", "revisorer"),
            Section(1, "Målgrupper för insatser", "malgrupper"),
            Section(1, "Inriktning {{ year }} – {{ last_year }}", "inriktning"),
            Section(2, "Verksamhetens mål {{ year }}", "verksamhetsmal"),
            Section(2, "Mål för ekonomi och god ekonomisk hushållning {{ year }}", "ekonomiska-mal"),
            Section(1, "Ekonomi", "ekonomi"),
            Section(1, "Uppföljning och utvärdering", "uppfoljning"),
            Section(1, "Kommunikation och information", "kommunikation"),
            Section(1, "Beviljade insatser/aktiviteter {{ year }}", "beviljade-insatser"),
            Section(2, "Individriktade insatser", "individinriktade"),
            Section(2, "Strukturinriktade insatser", "strukturinriktade"),
            Section(3, "Insatskatalogen", "insatskatalogen"),
            Section(1, "Kompetensutveckling – Gemensamma utbildningar", "kompetensutveckling"),
            Table(1, "Budget {{ year }} med plan för {{ plan_years[0] }}-{{ last_year }}", TableKind.BudgetWithPlan),
            Table(1, "Detaljerad budget {{ year }}", TableKind.DetailedBudget),
            new DocumentPart { Level = 1, Heading = "Resultat och balansbudget" },
            Table(2, "Balansbudget", TableKind.BalanceBudget),
            Table(2, "Resultatbudget", TableKind.ResultBudget),
        },
    };

    // The body's headings, as the reference spells them (its contents list differs in places).
    public static readonly string[] Headings =
    [
        "Verksamhetsplan och budget för år 2022 och plan för 2023 och 2024 för Samordningsförbundet i Sundsvall",
        "Inledning", "Syfte", "Vision", "Uppgifter", "Organisation",
        "Medlemssamråd", "Samverkansstruktur för Samordningsförbundet Sundsvall", "Styrelse", "Strategigrupp",
        "Samverkansråd", "Medarbetarråd.", "Verkställande tjänsteman", "Utvecklingsledare", "Revisorer",
        "Målgrupper för insatser", "Inriktning 2022 – 2024", "Verksamhetens mål 2022",
        "Mål för ekonomi och god ekonomisk hushållning 2022", "Ekonomi", "Uppföljning och utvärdering",
        "Kommunikation och information", "Beviljade insatser/aktiviteter 2022", "Individriktade insatser",
        "Strukturinriktade insatser", "Insatskatalogen", "Kompetensutveckling – Gemensamma utbildningar",
        "Budget 2022 med plan för 2023-2024", "Detaljerad budget 2022", "Resultat och balansbudget",
        "Balansbudget", "Resultatbudget",
    ];

    public static PlanText Text(string federationId) => new()
    {
        Name = $"federations/{federationId}/planTexts/2022",
        Sections =
        {
            new Section { Key = "forord", Text = """
                Samordningsförbundets Sundsvall verksamhetsplan för {{ year }} grundar sig på diskussioner och förslag som arbetats fram under {{ previous_year.year }} med styrelsemöten, planeringsdagar, utbildningsdagar, medlemsråd och slutligen styrelsemöte {{ adoption.date }}. Den anger inriktningen och målen för den finansiella samordningen under nästkommande år samt ekonomisk plan för de kommande åren fram till {{ last_year }}. Denna verksamhetsplan och långsiktig inriktning är fastställd av styrelsen vid styrelsemötet den {{ adoption.long_date }}.
                """ },
            new Section { Key = "inledning", Text = """
                Den 1 januari 2004 trädde lagen om finansiell samordning i kraft. Dess syfte är att stödja samverkan mellan samverkansparterna och finansiera insatser som ligger inom de samverkande parternas samlade ansvarsområde.

                Samordningsförbundet i Sundsvall bildades i december 2004 och är en egen juridisk person och ytterst ansvarig för verksamheten. Förbundet beslutar om verksamhetens mål och inriktning. Ett Samordningsförbund kan ses som en struktur för att få samverkan mellan myndigheterna att fungera över tid. Det innebär att verksamheten inte enbart bedrivs i form av tillfälliga projekt utan mer som en ordinarie samverkansverksamhet.

                Syftet med lagen om finansiell samordning inom rehabiliteringsområdet är att ge lokala aktörer möjligheter att tillsammans på ett effektivt sätt använda resurser och samordna gemensamma insatser så att den enskilde ska förbättra sin förmåga att arbeta. Finansiell samordning ger således möjligheter att verka på en bredare arena som spänner över alla de fyra myndigheternas verksamhetsfält. Finansiell samordning ersätter inte det arbete som myndigheterna har ansvar för, utan bidrar till att stödja och finansiera olika former av samverkan.

                Samordningsförbundet Sundsvall består av följande medlemmar: Arbetsförmedlingen, Försäkringskassan, Region Västernorrland och Sundsvall kommun.
                """ },
            new Section { Key = "syfte", Text = """
                Förbundets ändamål är enligt förbundsordningen att inom Sundsvalls kommuns geografiska område svara för finansiell samordning inom rehabiliteringsområdet mellan Sundsvalls kommun, Region Västernorrland, Försäkringskassan och Arbetsförmedlingen i syfte att uppnå en effektiv resursanvändning. Insatserna ska avse individer som är i behov av rehabiliteringsinsatser för att uppnå eller förbättra sin förmåga att utföra förvärvsarbete samt att följa upp och utvärdera rehabiliteringsinsatserna.
                """ },
            new Section { Key = "vision", Text = """
                Samordningsförbundet Sundsvalls vision är ”Samverkan som gör skillnad”

                Samordningsförbundets roll är att vara en arena för utveckling av verkningsfulla metoder och tjänster riktade mot individer som har behov av samordnad rehabilitering från flera olika offentliga parter för att uppnå eller förbättra sin förmåga att utföra förvärvsarbete.
                """ },
            new Section { Key = "uppgifter", Text = """
                Förbundets uppgifter beskrivs i 6 § förbundsordningen:

                1. Besluta om mål och riktlinjer för den finansiella samordningen.
                2. Stödja samverkan mellan samverkansparterna.
                3. Finansiera insatser som ligger inom parternas samlade ansvarsområde.
                4. Besluta på vilket sätt de medel som finns för finansiell samordning ska användas.
                5. Upprätta verksamhetsplan, budget och årsredovisning för förbundet.
                6. Svara för uppföljning och utvärdering av rehabiliteringsinsatserna.
                """ },
            new Section { Key = "medlemssamrad", Text = "Medlemssamrådet består av representanter från förbundsmedlemmarna vars syfte är att vara en länk mellan förbundsmedlemmarna och styrelsen. Medlemssamrådet har en rådgivande funktion gentemot styrelsen." },
            new Section { Key = "samverkansstruktur", Text = "Under 2020 har en ny samverkansstruktur tagits fram vilket innebär att det nu finns samverkansgrupper på medarbetarnivå (medarbetarråd), första linjefejeffnivå (samverkansråd) och sedan tidigare har det funnits samverkansgrupp på strategisk nivå (strategigruppen). Detta med syfte att skapa högre delaktighet på fler nivåer i samverkan." },
            new Section { Key = "styrelse", Text = "Förbundets arbete leds av en styrelse. Styrelsen ska leda och styra verksamheten mot de mål som fastställs i budgeten och verksamhetsplanen. Varje förbundsmedlem utser en styrelseledamot och en ersättare. Ledamöter och ersättare väljs för fyra år räknat från den 1 april året efter det då val till fullmäktige i kommuner och regioner har ägt rum. Styrelsen är beslutoför när minst hälften av ledamöterna är närvarande. Ersättarna har närvaro- och yttranderätt men ingen beslutsrätt. Styrelsen ska sammanträda minst 4 gånger per år. Styrelsens arbete regleras dels i lagen om finansiell samordning och dels i förbundsordningen." },
            new Section { Key = "strategigrupp", Text = "På tjänstemannanivå finns en strategigrupp som består av representanter som har en strategisk roll i respektive verksamhet hos de samverkande parterna. Strategigruppen är ett viktigt forum för att diskutera och formulera behov av gemensamma insatser mellan de olika organisationerna. Strategigruppens uppgift är att vara en länk mellan Samordningsförbundet och den egna organisationen samt att bidra till samverkan mellan parterna ökar." },
            new Section { Key = "samverkansrad", Text = "I samverkansrådet finns representanter på första linjens nivå från våra samverkande parter. Syftet med samverkansrådet är att tillsammans identifiera och utveckla gemensamma lösningar, som leder till en smidigare rehabiliteringsprocess för invånarna." },
            new Section { Key = "medarbetarrad", Text = "Syftet med medarbetarrådet är att ge samverkande handläggare inom Samordningsförbundet i Sundsvall, en möjlighet att påverka framtida insatser och utbildningssatsningar." },
            new Section { Key = "verkstallande-tjansteman", Text = "Samordningsförbundet har en verkställande tjänsteman på heltid. Verkställande tjänsteman är anställd av Sundsvalls kommun. Verkställande tjänsteman arbetar på uppdrag av styrelsen med fokus på att leda och samordna verksamheten, bereda ärenden till styrelsen och verkställa beslut samt att företräda förbundet på tjänstemannanivå. Förbundet har för {{ year }} en gällande upphandling av ekonomiadministrativa tjänster med Sundsvalls kommun, service och teknikförvaltningen." },
            new Section { Key = "utvecklingsledare", Text = "Sedan 2020 finns en utvecklingsledartjänst hos Samordningsförbundet Sundsvall. Utvecklingsledaren arbetar på uppdrag av styrelsen. Målet är ett övergripande stöd till de insatser som förbundet finansierar och stimulerar till metod- och verksamhetsutveckling. Medverkar vid framtagandet av nya insatser och bidrar i övrigt med informations- och utvecklingsinsatser i samarbete med verkställande tjänsteman. Utvecklingsledaren har även ansvaret för Insatskatalogen." },
            new Section { Key = "revisorer", Text = """
                Revision görs årligen av huvudmännen utsedda revisorer. Granskningen består av om förbundet följt dess ändamål, föreskrifter, uppgifter och ekonomi/årsredovisning.

                Försäkringskassan utser statens revisor. Sundsvalls kommun och Region Västernorrland representeras av varsin revisor
                """ },
            new Section { Key = "malgrupper", Text = "De samverkansinsatser som Samordningsförbundet finansierar ska rikta sig till medborgare i Sundsvalls kommun och är i förvärvsaktiv ålder (16-64 år) med behov av samordnad rehabilitering. Inriktningen är att insatserna ska vara till nytta för de personer som har en komplex problematik och/eller vara förebyggande för att möta problem innan de har blivit för stora och svåra." },
            new Section { Key = "inriktning", Text = """
                Det övergripande målet med finansiell samordning inom rehabiliteringsområdet är att samhällets resurser används på ett bättre och mer effektivt sätt för att möjliggöra förbättrad hälsa och förmåga till förvärvsarbete och/eller studier hos medborgare i Sundsvalls kommun. Sedan några tillbaka är Arbetsmarknadstorget i Sundsvall den naturliga samverkansytan för att uppnå detta övergripande mål.

                - Fortsätta stödja och utveckla Arbetsmarknadstorget i Sundsvall och när nya idéer om insatser/projekt tas fram i samverkan är det styrelsens önskan att det skall undersökas huruvida de kan vara en del av AMT eller inte.
                - Fortsätta utveckla och förbättra den samverkansstruktur som finns kring Samordningsförbundet i Sundsvall.

                Indikatorer: Mäts med NNS indikatorenkät och sammanställs i förbundets årsredovisning.
                """ },
            new Section { Key = "verksamhetsmal", Text = """
                - Fler deltagare i individinriktade insatser avslutas till studier eller arbete {{ year }} jämfört med {{ previous_year.year }}.

                Indikator: Mäts i SUS, prognostiseras i delårsrapport och sammanställs i förbundets årsredovisning.

                - Deltagare i individinriktade insatser närmar sig egen försörjning.

                Indikator: Mäts med NNS indikatorenkät och sammanställs i förbundets årsredovisning.

                - Deltagare i individinriktade insatser upplever att de fått hjälp att utveckla sätt att hantera sin situation.

                Indikator: Mäts med NNS indikatorenkät och sammanställs i förbundets årsredovisning.

                - Deltagarna upplever att det finns en planering som tar vid när insatsen avslutas.

                Indikator: Mäts med NNS indikatorenkät och sammanställs i förbundets årsredovisning.

                - Samverkansstrukturen inom Samordningsförbundet i Sundsvall är en fungerande plattform för att initiera, upprätthålla och underhålla relationen mellan inblandade parter.

                Indikator: Mäts med NNS indikatorenkät och sammanställs i förbundets årsredovisning.
                """ },
            new Section { Key = "ekonomiska-mal", Text = """
                - Förbundets egna kapital ska inte överstiga 20 procent av årets tilldelade medel dock heller inte understiga 400 000 kronor.
                - Av Samordningsförbundets tilldelade medel skall minst 70% av dessa gå till individinriktade insatser.
                - Fler deltagare i förbundsfinansierade insatser {{ year }} jämfört med {{ previous_year.year }}.
                """ },
            new Section { Key = "ekonomi", Text = """
                Vid den senaste lägesrapporten om den statliga medelstilldelningen för {{ year }}, som kom den 1 oktober från Försäkringskassan, formellt beslut har inte kommit ännu, var det en tilldelning på {{ allocation.state.kr }} till Samordningsförbundet Sundsvall detta är oförändrat jämfört med 2020 och 2021. Sundsvalls kommun samt Region Västernorrland har meddelat att de matchar statens belopp. Detta innebär att Samordningsförbundet Sundsvall totalt får {{ budget.income.kr }} i driftsbidrag från medlemmarna. Förbundet egna kapital beräknas vid utgången av {{ previous_year.year }} att vara {{ previous_year.equity.kr }}. För verksamhetsåret {{ year }} budgeterar förbundet {{ budget.costs.kronor }} kronor för samverkansinsatser samt för förbundets styrning och förvaltning. Kostnadernas finansieras med årets medlemsintäkter ({{ budget.income.kr }}) samt ej förbrukade medel från tidigare år.
                """ },
            new Section { Key = "uppfoljning", Text = """
                Samordningsförbundet har, som en av sina uppgifter reglerad i lagstiftningen, att ansvara för uppföljning och utvärdering. Uppföljningen är ett moment i förbundets interna kontroll. Syftet med den interna kontrollen är att säkerställa att verksamheterna sköts på ett ändamålsenligt, effektivt och säkert sätt. I arbetet med internkontroll tydliggörs risker och brister i verksamheten.

                Det handlar om att säkra verksamheternas ändamålsenlighet och effektivitet, tillförlitlig finansiell rapportering, styrelsens egna mål samt efterlevnad av lag (2003:1 210) tillsammans med Samordningsförbundets egna föreskrifter och riktlinjer.

                Uppföljning av förbundets arbete med att främja samverkan och av de insatser som förbundet finansierar sker bland annat genom systemet SUS (Sektorsövergripande system för uppföljning av samverkan och finansiell samordning inom rehabiliteringsområdet) och enkätundersökningar.
                """ },
            new Section { Key = "kommunikation", Text = "Samordningsförbundet ska vara ett välkänt begrepp och en självklar kontakt, inom sitt område, i alla de ingående myndigheterna. Medlemmarna i vår samverkansstruktur har alla ett ansvar för att bidra till att information avseende förbundet sprids på alla nivåer. På vår hemsida, www.samordningsforbundet.se publiceras löpande aktuell information om förbundet." },
            new Section { Key = "beviljade-insatser", Text = """
                Samordningsförbundet Sundsvall har ett lokalt perspektiv på arbetet med individriktade och strukturövergripande insatser. Mål och indikatorer för de individriktade insatserna finns beskrivna i respektive ansökan. Dessa finns att ta del av på vår hemsida:

                www.samordningsforbundet.se

                Förbundet har ingått avtal om finansiering av följande insatser som kommer att pågå under {{ year }}
                """ },
            new Section { Key = "individinriktade", Text = """
                Tjänster kopplade till arbetsmarknadstorget i Sundsvall:

                - SIP-samordnare
                - Två arbetsförmedlare
                - Handläggare från Försäkringskassan
                - Arbetskonsulent för personer med aktivitetsersättning
                - Två arbetskonsulenter för personer som har behov av förrehabiliterande insatser men som inte uppbär försörjningsstöd.
                - Psykolog.
                - Arbetsterapeut

                Utöver dessa tjänster finansierar även förbundet en rehabvägledare.
                """ },
            new Section { Key = "strukturinriktade", Text = "" },
            new Section { Key = "insatskatalogen", Text = """
                Insatskatalogen är ett sökinstrument vars syfte är att effektivisera och rationalisera sökandet efter insatser för dem i behov av stöd mot egenförsörjning, inkludering och ökad livskvalitet. Katalogen kan användas som ett vardagsverktyg för myndighetspersonal men är även öppen för privatpersoner som själva vill söka efter lämpliga insatser och aktiviteter. Förbundet är ägare av Insatskatalogen för den del som rör aktiviteter i Sundsvalls kommun.

                Mål med Insatskatalogen under {{ year }}:

                - Att katalogen blir ett naturligt verktyg för handläggare inom förbundets uppdrag.

                Indikator: Användandet av katalogen skall öka under {{ year }} jämfört med {{ previous_year.year }}.
                """ },
            new Section { Key = "kompetensutveckling", Text = "Samordningsförbundet skall under {{ year }} anordna en inspirationsdag tillsammans med övriga Samordningsförbund i länet. Anordna en samverkansdag lokalt för att öka kunskapen dels om Samordningsförbundet och dess insatser samt öka kunskapen om huvudmännens olika uppdrag. Vara en del av psykiatriveckan tillsammans med Sundsvall kommun, Region Västernorrland samt brukarorganisationerna." },
        },
    };

    private static DocumentPart Section(int level, string heading, string key) => new() { Level = level, Heading = heading, Section = key };

    private static DocumentPart Table(int level, string heading, TableKind table) => new() { Level = level, Heading = heading, Table = table };
}
