using System.Globalization;
using System.Text.Json.Nodes;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Checks ids (unique, matching file names) and every cross-reference between the loaded entries.</summary>
internal sealed class ReferenceChecker(LoadedEntries entries, List<KnowledgeProblem> problems)
{
    private static readonly string[] FixedRegions =
    [
        "global", "north-america", "latin-america", "europe", "eu", "east-asia", "southeast-asia", "south-asia",
        "middle-east", "africa", "oceania", "russia-cis",
    ];

    private HashSet<string> _sources = [];
    private HashSet<string>? _regionRefs;
    private HashSet<string>? _categories;
    private HashSet<string> _playbooks = [];
    private HashSet<string> _channels = [];
    private Dictionary<string, ComplianceItem> _compliance = [];
    private HashSet<string> _unreadableCompliance = [];

    public void Check()
    {
        _sources = Unique(entries.Sources, s => s.Id, "source");
        _sources.UnionWith(entries.Unreadable("source"));
        CheckGeography();
        _categories = entries.CategoriesFile is null && !entries.UnreadableIds.ContainsKey("category")
            ? null
            : Unique(entries.Categories, c => c.Id, "category");
        _categories?.UnionWith(entries.Unreadable("category"));
        if (_categories is null)
        {
            problems.Add(new KnowledgeProblem("categories.yaml", 0, "categories.yaml is missing: category references cannot be checked"));
        }

        _playbooks = Unique(entries.Playbooks, p => p.Id, "playbook");
        _playbooks.UnionWith(entries.Unreadable("playbook"));
        _channels = Unique(entries.Channels, c => c.Id, "logistics channel");
        _channels.UnionWith(entries.Unreadable("channel"));
        Unique(entries.Platforms, p => p.Id, "platform");
        Unique(entries.Markets, m => m.Id, "market");
        Unique(entries.ExportModes, m => m.Id, "export mode");
        Unique(entries.Glossary, g => g.Id, "glossary term");
        Unique(entries.Compliance, c => c.Id, "compliance item");
        _compliance = entries.Compliance
            .GroupBy(c => c.Value.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _unreadableCompliance = entries.Unreadable("compliance").ToHashSet(StringComparer.Ordinal);

        foreach (var p in entries.Platforms)
        {
            CheckFileName(p, p.Value.Id);
            Regions(p, "/regions", p.Value.Regions);
            Categories(p, "/categories", p.Value.Categories);
            Categories(p, "/eligibility/categoryApproval", p.Value.Eligibility?.CategoryApproval ?? []);
            for (var i = 0; i < p.Value.ReferenceMarkets.Count; i++)
            {
                Regions(p, $"/referenceMarkets/{i}/markets", p.Value.ReferenceMarkets[i].Markets);
                Categories(p, $"/referenceMarkets/{i}/categories", p.Value.ReferenceMarkets[i].Categories);
            }

            for (var i = 0; i < p.Value.CategoryRequirements.Count; i++)
            {
                Categories(p, $"/categoryRequirements/{i}/categories", p.Value.CategoryRequirements[i].Categories);
            }
            Sources(p, "/sources", p.Value.Sources);
            if (p.Value.Fees.CommissionPercent is { } range && range.Min > range.Max)
            {
                p.Report("/fees/commissionPercent", "commission min is greater than max");
            }

            CheckFeeHistory(p);
        }

        foreach (var c in entries.Channels)
        {
            CheckChannel(c);
        }

        var ruleIds = new Dictionary<string, Located<Market>>(StringComparer.Ordinal);
        foreach (var m in entries.Markets)
        {
            CheckMarket(m, ruleIds);
        }

        var marketIds = entries.Markets.Select(m => m.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in entries.ImportRegimes)
        {
            if (!marketIds.Contains(r.Value.Market))
            {
                r.Report("/market", $"unknown market '{r.Value.Market}'");
            }

            Sources(r, "/sources", r.Value.Sources);
            for (var i = 0; i < r.Value.DutyLayers.Count; i++)
            {
                Sources(r, $"/dutyLayers/{i}/sources", r.Value.DutyLayers[i].Sources);
            }
        }

        foreach (var c in entries.Compliance)
        {
            CheckFileName(c, c.Value.Id);
            Regions(c, "/markets", c.Value.Markets);
            Categories(c, "/categories", c.Value.Categories);
            Sources(c, "/sources", c.Value.Sources);
        }

        foreach (var e in entries.ExportModes)
        {
            Sources(e, "/sources", e.Value.Sources);
        }

        foreach (var p in entries.Playbooks)
        {
            CheckPlaybook(p);
        }

        CheckReadiness();
        CheckPaper();
        foreach (var g in entries.Glossary)
        {
            Sources(g, "/sources", g.Value.Sources);
        }

        CheckExchangeRates();
        foreach (var (file, json) in entries.Unmapped)
        {
            CheckRawReferences(file, json, string.Empty);
        }
    }

    /// <summary>For a file that could not be mapped, checks the id lists it holds (sources, playbooks, channels,
    /// regions, categories, compliance) straight on the JSON, so a fix of its schema problem reveals nothing new.</summary>
    private void CheckRawReferences(DataFile file, JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var at = pointer + "/" + YamlLineMap.Escape(key);
                    if (value is JsonArray ids && ids.All(i => i is JsonValue v && v.TryGetValue<string>(out _)))
                    {
                        for (var i = 0; i < ids.Count; i++)
                        {
                            CheckRawId(file, key, $"{at}/{i}", ids[i]!.GetValue<string>());
                        }
                    }
                    else
                    {
                        CheckRawReferences(file, value, at);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckRawReferences(file, array[i], $"{pointer}/{i}");
                }

                break;
        }
    }

    private void CheckRawId(DataFile file, string list, string pointer, string id)
    {
        var (known, what) = list switch
        {
            "sources" => (_sources.Contains(id), "source"),
            "playbooks" or "related" => (_playbooks.Contains(id), "playbook"),
            "channels" => (_channels.Contains(id), "logistics channel"),
            "regions" or "markets" => (_regionRefs?.Contains(id) ?? true, "region or country"),
            "categories" => (_categories?.Contains(id) ?? true, "category"),
            "compliance" or "taxSchemes" => (_compliance.ContainsKey(id) || _unreadableCompliance.Contains(id), "compliance item"),
            _ => (true, string.Empty),
        };
        if (!known)
        {
            file.Report(pointer, $"unknown {what} '{id}'");
        }
    }

    private void CheckGeography()
    {
        if (entries.GeographyFile is null && entries.UnreadableIds.ContainsKey("region"))
        {
            // geography.yaml exists but could not be read: its own problems say why; skip dependent checks.
            return;
        }

        if (entries.GeographyFile is null)
        {
            problems.Add(new KnowledgeProblem("geography.yaml", 0, "geography.yaml is missing: region and country references cannot be checked"));
            return;
        }

        var regions = Unique(entries.Regions, r => r.Id, "region");
        var countries = Unique(entries.Countries, c => c.Code, "country");
        foreach (var fixedRegion in FixedRegions.Where(r => !regions.Contains(r)))
        {
            entries.GeographyFile.Report("/regions", $"region '{fixedRegion}' of the fixed vocabulary is missing");
        }

        foreach (var c in entries.Countries.Where(c => !regions.Contains(c.Value.Region)))
        {
            c.Report("/region", $"unknown region '{c.Value.Region}'");
        }

        _regionRefs = new HashSet<string>(regions.Concat(countries).Concat(["eu", "global"]), StringComparer.Ordinal);
    }

    private void CheckFeeHistory(Located<Platform> p)
    {
        var history = p.Value.Fees.History;
        for (var i = 0; i < history.Count; i++)
        {
            var at = $"/fees/history/{i}";
            Region(p, at + "/market", history[i].Market);
            Sources(p, at + "/sources", history[i].Sources);
            if (history[i].CommissionPercent is { } range && range.Min > range.Max)
            {
                p.Report(at + "/commissionPercent", "commission min is greater than max");
            }

            // Oldest first, so "the rate from a date" reads top to bottom; a step per market and day.
            if (i > 0 && history[i].From < history[i - 1].From)
            {
                p.Report(at + "/from", $"fee history is not in date order ({Iso(history[i].From)} after {Iso(history[i - 1].From)})");
            }
        }
    }

    private void CheckChannel(Located<LogisticsChannel> c)
    {
        CheckFileName(c, c.Value.Id);
        for (var i = 0; i < c.Value.TransitDays.Count; i++)
        {
            var t = c.Value.TransitDays[i];
            Destination(c, $"/transitDays/{i}/to", t.To);
            if (t.Min > t.Max)
            {
                c.Report($"/transitDays/{i}", "transit min is greater than max");
            }
        }

        for (var i = 0; i < c.Value.Pricing.Rates.Count; i++)
        {
            Destination(c, $"/pricing/rates/{i}/to", c.Value.Pricing.Rates[i].To);
        }

        Duplicates(c, "/transitDays", c.Value.TransitDays.Select(t => t.To), "transit destination");
        Duplicates(c, "/pricing/rates", c.Value.Pricing.Rates.Select(t => t.To), "rate destination");
        Currency(c, "/pricing/currency", c.Value.Pricing.Currency);
        Sources(c, "/sources", c.Value.Sources);
    }

    private void CheckMarket(Located<Market> m, Dictionary<string, Located<Market>> ruleIds)
    {
        var market = m.Value;
        CheckFileName(m, market.Id);
        Region(m, "/id", market.Id);
        Region(m, "/region", market.Region);
        Currency(m, "/currency", market.Currency);
        for (var i = 0; i < market.DutyByCategory.Count; i++)
        {
            Category(m, $"/dutyByCategory/{i}/category", market.DutyByCategory[i].Category);
        }

        for (var r = 0; r < market.ImportRules.Count; r++)
        {
            var rule = market.ImportRules[r];
            var at = $"/importRules/{r}";
            if (!ruleIds.TryAdd(rule.Id, m))
            {
                m.Report(at + "/id", $"duplicate import rule id '{rule.Id}' (also in {ruleIds[rule.Id].File.RelativePath})");
            }

            CheckPeriods(m, at, rule);
            Sources(m, at + "/sources", rule.Sources);
        }

        for (var i = 0; i < market.Compliance.Count; i++)
        {
            if (!_compliance.ContainsKey(market.Compliance[i]) && !_unreadableCompliance.Contains(market.Compliance[i]))
            {
                m.Report($"/compliance/{i}", $"unknown compliance item '{market.Compliance[i]}'");
            }
        }

        for (var i = 0; i < market.TaxSchemes.Count; i++)
        {
            if (_unreadableCompliance.Contains(market.TaxSchemes[i]))
            {
                continue;
            }

            if (!_compliance.TryGetValue(market.TaxSchemes[i], out var item))
            {
                m.Report($"/taxSchemes/{i}", $"unknown tax scheme '{market.TaxSchemes[i]}'");
            }
            else if (item.Kind != ComplianceKind.TaxScheme)
            {
                m.Report($"/taxSchemes/{i}", $"'{item.Id}' is a {item.Kind} item, not a tax-scheme");
            }
        }

        Sources(m, "/sources", market.Sources);
    }

    private void CheckPeriods(Located<Market> m, string at, ImportRule rule)
    {
        for (var p = 0; p < rule.Periods.Count; p++)
        {
            var period = rule.Periods[p];
            var pAt = $"{at}/periods/{p}";
            if (period.To is { } to && to < period.From)
            {
                m.Report(pAt, $"period ends ({Iso(to)}) before it starts ({Iso(period.From)})");
            }

            if (p > 0)
            {
                var previous = rule.Periods[p - 1];
                if (previous.To is null)
                {
                    m.Report($"{at}/periods/{p - 1}", "only the last period may be open-ended (no 'to')");
                }
                else if (period.From <= previous.To)
                {
                    m.Report(pAt, $"period starting {Iso(period.From)} overlaps or precedes the previous one (ends {Iso(previous.To.Value)})");
                }
            }

            if (period.ExemptUpTo is { } exempt)
            {
                Currency(m, pAt + "/exemptUpTo/currency", exempt.Currency);
            }

            if (period.FixedFee is { } fee)
            {
                Currency(m, pAt + "/fixedFee/currency", fee.Currency);
                if (rule.AppliesTo != ImportRuleTarget.Fee)
                {
                    m.Report(pAt + "/fixedFee", "fixedFee is only allowed on rules with appliesTo: fee");
                }
            }
        }
    }

    private void CheckPlaybook(Located<Playbook> p)
    {
        var playbook = p.Value;
        CheckFileName(p, playbook.Id);
        Regions(p, "/markets", playbook.Markets);
        for (var i = 0; i < playbook.Channels.Count; i++)
        {
            if (!_channels.Contains(playbook.Channels[i]))
            {
                p.Report($"/channels/{i}", $"unknown logistics channel '{playbook.Channels[i]}'");
            }
        }

        for (var i = 0; i < playbook.MarketNotes.Count; i++)
        {
            Region(p, $"/marketNotes/{i}/market", playbook.MarketNotes[i].Market);
        }

        Playbooks(p, "/related", playbook.Related);
        Duplicates(p, "/steps", playbook.Steps.Select(s => s.Id), "step id");
        Sources(p, "/sources", playbook.Sources);
    }

    private void CheckReadiness()
    {
        if (entries.Readiness is not { } r)
        {
            return;
        }

        var model = r.Value;
        var dimensions = Ids(r, "/dimensions", model.Dimensions.Select(d => d.Id), "dimension");
        var steps = Ids(r, "/roadmapSteps", model.RoadmapSteps.Select(s => s.Id), "roadmap step");
        Ids(r, "/questions", model.Questions.Select(q => q.Id), "question");
        Ids(r, "/levels", model.Levels.Select(l => l.Id), "level");
        for (var i = 0; i < model.Questions.Count; i++)
        {
            var q = model.Questions[i];
            var at = $"/questions/{i}";
            if (!dimensions.Contains(q.Dimension))
            {
                r.Report(at + "/dimension", $"unknown readiness dimension '{q.Dimension}'");
            }

            if (q.RoadmapStep is { } step && !steps.Contains(step))
            {
                r.Report(at + "/roadmapStep", $"unknown roadmap step '{step}'");
            }

            Duplicates(r, at + "/answers", q.Answers.Select(a => a.Id), "answer id");
            if (q.Type == QuestionType.Number)
            {
                for (var b = 0; b < q.Bands.Count; b++)
                {
                    var last = b == q.Bands.Count - 1;
                    if (last != (q.Bands[b].Max is null))
                    {
                        r.Report($"{at}/bands/{b}", last ? "the last band must have no 'max' so every number is covered" : "only the last band may omit 'max'");
                    }
                    else if (b > 0 && q.Bands[b].Max is { } max && q.Bands[b - 1].Max is { } previous && max <= previous)
                    {
                        r.Report($"{at}/bands/{b}", "bands must be in increasing order of 'max'");
                    }
                }
            }
        }

        if (model.Levels.Count > 0 && model.Levels.Min(l => l.MinScore) > 0)
        {
            r.Report("/levels", "no level starts at score 0");
        }

        for (var i = 0; i < model.RoadmapSteps.Count; i++)
        {
            Playbooks(r, $"/roadmapSteps/{i}/playbooks", model.RoadmapSteps[i].Playbooks);
            Sources(r, $"/roadmapSteps/{i}/sources", model.RoadmapSteps[i].Sources);
        }

        Sources(r, "/sources", model.Sources);
    }

    private void CheckPaper()
    {
        var challenges = Unique(entries.Challenges, c => c.Id, "paper challenge");
        challenges.UnionWith(entries.Unreadable("challenge"));
        Unique(entries.Countermeasures, c => c.Id, "paper countermeasure");
        foreach (var c in entries.Challenges)
        {
            Playbooks(c, "/playbooks", c.Value.Playbooks);
            Sources(c, "/sources", c.Value.Sources);
        }

        foreach (var c in entries.Countermeasures)
        {
            for (var i = 0; i < c.Value.Addresses.Count; i++)
            {
                if (!challenges.Contains(c.Value.Addresses[i]))
                {
                    c.Report($"/addresses/{i}", $"unknown paper challenge '{c.Value.Addresses[i]}'");
                }
            }

            Playbooks(c, "/playbooks", c.Value.Playbooks);
            Sources(c, "/sources", c.Value.Sources);
        }
    }

    private void CheckExchangeRates()
    {
        if (entries.ExchangeRates is not { } rates)
        {
            return;
        }

        Duplicates(rates, "/rates", rates.Value.Rates.Select(r => r.Currency), "currency");
        var usd = rates.Value.Rates.FirstOrDefault(r => r.Currency == "USD");
        if (usd is not null && usd.PerUsd != 1m)
        {
            rates.Report("/rates", "USD must be 1 per USD");
        }

        Sources(rates, "/sources", rates.Value.Sources);
    }

    private HashSet<string> Unique<T>(List<Located<T>> items, Func<T, string> id, string what)
    {
        var seen = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item.Value);
            if (!seen.TryAdd(key, item))
            {
                var first = seen[key];
                item.Report(string.Empty, $"duplicate {what} id '{key}' (first defined in {first.File.RelativePath})");
            }
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> Ids<T>(Located<T> owner, string listPointer, IEnumerable<string> ids, string what)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!set.Add(id))
            {
                owner.Report($"{listPointer}/{i}", $"duplicate {what} id '{id}'");
            }

            i++;
        }

        return set;
    }

    private static void Duplicates<T>(Located<T> owner, string listPointer, IEnumerable<string> ids, string what) =>
        Ids(owner, listPointer, ids, what);

    private static void CheckFileName<T>(Located<T> entry, string id)
    {
        if (!string.Equals(entry.File.Stem, id, StringComparison.Ordinal))
        {
            entry.Report("/id", $"id '{id}' does not match the file name '{entry.File.Stem}'");
        }
    }

    private void Sources<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!_sources.Contains(ids[i]))
            {
                owner.Report($"{pointer}/{i}", $"unknown source '{ids[i]}'");
            }
        }
    }

    private void Playbooks<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!_playbooks.Contains(ids[i]))
            {
                owner.Report($"{pointer}/{i}", $"unknown playbook '{ids[i]}'");
            }
        }
    }

    private void Regions<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Region(owner, $"{pointer}/{i}", ids[i]);
        }
    }

    private void Region<T>(Located<T> owner, string pointer, string id)
    {
        if (_regionRefs is not null && !_regionRefs.Contains(id))
        {
            owner.Report(pointer, $"unknown region or country '{id}'");
        }
    }

    private void Destination<T>(Located<T> owner, string pointer, string id)
    {
        if (id != "default")
        {
            Region(owner, pointer, id);
        }
    }

    private void Categories<T>(Located<T> owner, string pointer, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Category(owner, $"{pointer}/{i}", ids[i]);
        }
    }

    private void Category<T>(Located<T> owner, string pointer, string id)
    {
        if (_categories is not null && !_categories.Contains(id))
        {
            owner.Report(pointer, $"unknown category '{id}'");
        }
    }

    private void Currency<T>(Located<T> owner, string pointer, string currency)
    {
        if (entries.ExchangeRates is { } rates && !rates.Value.Knows(currency))
        {
            owner.Report(pointer, $"currency '{currency}' has no rate in exchange-rates.yaml");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
