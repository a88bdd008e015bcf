using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>Checks ids (unique, matching file names) and every cross-reference between the loaded entries. Builds the
/// sets of known ids first, then checks each kind of entry (markets and the readiness model in their own checkers).</summary>
internal sealed class ReferenceChecker(LoadedEntries entries, List<KnowledgeProblem> problems)
{
    private static readonly string[] FixedRegions =
    [
        "global", "north-america", "latin-america", "europe", "eu", "east-asia", "southeast-asia", "south-asia",
        "middle-east", "africa", "oceania", "russia-cis",
    ];

    private readonly KnownReferences _known = new(entries);

    public void Check()
    {
        CollectKnownIds();
        foreach (var p in entries.Platforms)
        {
            CheckPlatform(p);
        }

        foreach (var c in entries.Channels)
        {
            CheckChannel(c);
        }

        var markets = new MarketReferenceChecker(_known);
        foreach (var m in entries.Markets)
        {
            markets.Check(m);
        }

        CheckImportRegimes();
        foreach (var c in entries.Compliance)
        {
            EntryIdChecks.FileName(c, c.Value.Id);
            _known.Regions(c, "/markets", c.Value.Markets);
            _known.Categories(c, "/categories", c.Value.Categories);
            _known.Sources(c, "/sources", c.Value.Sources);
        }

        foreach (var e in entries.ExportModes)
        {
            _known.Sources(e, "/sources", e.Value.Sources);
        }

        foreach (var p in entries.Playbooks)
        {
            CheckPlaybook(p);
        }

        new ReadinessReferenceChecker(_known).Check(entries.Readiness);
        CheckPaper();
        foreach (var g in entries.Glossary)
        {
            _known.Sources(g, "/sources", g.Value.Sources);
        }

        CheckExchangeRates();
        // A file that could not be mapped has all its lists checked below.
        foreach (var (file, pointer, ids) in entries.TextSources.Where(t => !entries.Unmapped.Any(u => u.File == t.File)))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (!_known.SourceIds.Contains(ids[i]))
                {
                    file.Report($"{pointer}/{i}", $"unknown source '{ids[i]}'");
                }
            }
        }

        var raw = new RawReferenceChecker(_known);
        foreach (var (file, json) in entries.Unmapped)
        {
            raw.Check(file, json, string.Empty);
        }
    }

    private void CollectKnownIds()
    {
        _known.SourceIds = EntryIdChecks.Unique(entries.Sources, s => s.Id, "source");
        _known.SourceIds.UnionWith(entries.Unreadable("source"));
        CheckGeography();
        _known.CategoryIds = entries.CategoriesFile is null && !entries.UnreadableIds.ContainsKey("category")
            ? null
            : EntryIdChecks.Unique(entries.Categories, c => c.Id, "category");
        _known.CategoryIds?.UnionWith(entries.Unreadable("category"));
        if (_known.CategoryIds is null)
        {
            problems.Add(new KnowledgeProblem("categories.yaml", 0, "categories.yaml is missing: category references cannot be checked"));
        }

        _known.PlaybookIds = EntryIdChecks.Unique(entries.Playbooks, p => p.Id, "playbook");
        _known.PlaybookIds.UnionWith(entries.Unreadable("playbook"));
        _known.ChannelIds = EntryIdChecks.Unique(entries.Channels, c => c.Id, "logistics channel");
        _known.ChannelIds.UnionWith(entries.Unreadable("channel"));
        _known.PlatformIds = EntryIdChecks.Unique(entries.Platforms, p => p.Id, "platform");
        _known.PlatformIds.UnionWith(entries.Unreadable("platform"));
        EntryIdChecks.Unique(entries.Markets, m => m.Id, "market");
        EntryIdChecks.Unique(entries.ExportModes, m => m.Id, "export mode");
        EntryIdChecks.Unique(entries.Glossary, g => g.Id, "glossary term");
        EntryIdChecks.Unique(entries.Compliance, c => c.Id, "compliance item");
        _known.Compliance = entries.Compliance
            .GroupBy(c => c.Value.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _known.UnreadableCompliance = entries.Unreadable("compliance").ToHashSet(StringComparer.Ordinal);
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

        var regions = EntryIdChecks.Unique(entries.Regions, r => r.Id, "region");
        var countries = EntryIdChecks.Unique(entries.Countries, c => c.Code, "country");
        foreach (var fixedRegion in FixedRegions.Where(r => !regions.Contains(r)))
        {
            entries.GeographyFile.Report("/regions", $"region '{fixedRegion}' of the fixed vocabulary is missing");
        }

        foreach (var c in entries.Countries.Where(c => !regions.Contains(c.Value.Region)))
        {
            c.Report("/region", $"unknown region '{c.Value.Region}'");
        }

        _known.RegionIds = new HashSet<string>(regions.Concat(countries).Concat(["eu", "global"]), StringComparer.Ordinal);
    }

    private void CheckPlatform(Located<Platform> p)
    {
        EntryIdChecks.FileName(p, p.Value.Id);
        _known.Regions(p, "/regions", p.Value.Regions);
        _known.Categories(p, "/categories", p.Value.Categories);
        _known.Categories(p, "/eligibility/categoryApproval", p.Value.Eligibility?.CategoryApproval ?? []);
        for (var i = 0; i < p.Value.ReferenceMarkets.Count; i++)
        {
            _known.Regions(p, $"/referenceMarkets/{i}/markets", p.Value.ReferenceMarkets[i].Markets);
            _known.Categories(p, $"/referenceMarkets/{i}/categories", p.Value.ReferenceMarkets[i].Categories);
        }

        for (var i = 0; i < p.Value.CategoryRequirements.Count; i++)
        {
            _known.Categories(p, $"/categoryRequirements/{i}/categories", p.Value.CategoryRequirements[i].Categories);
        }

        _known.Sources(p, "/sources", p.Value.Sources);
        _known.Sources(p, "/fees/sources", p.Value.Fees.Sources);
        if (p.Value.Fees.CommissionPercent is { } range && range.Min > range.Max)
        {
            p.Report("/fees/commissionPercent", "commission min is greater than max");
        }

        CheckFeeHistory(p);
        for (var i = 0; i < p.Value.Fees.Fixed.Count; i++)
        {
            if (p.Value.Fees.Fixed[i].Market is { } site)
            {
                _known.Region(p, $"/fees/fixed/{i}/market", site);
            }
        }
    }

    private void CheckFeeHistory(Located<Platform> p)
    {
        var history = p.Value.Fees.History;
        for (var i = 0; i < history.Count; i++)
        {
            var at = $"/fees/history/{i}";
            _known.Region(p, at + "/market", history[i].Market);
            _known.Sources(p, at + "/sources", history[i].Sources);
            if (history[i].CommissionPercent is { } range && range.Min > range.Max)
            {
                p.Report(at + "/commissionPercent", "commission min is greater than max");
            }

            // Oldest first, so "the rate from a date" reads top to bottom.
            if (i > 0 && history[i].From < history[i - 1].From)
            {
                p.Report(at + "/from", $"fee history is not in date order ({EntryIdChecks.Iso(history[i].From)} after {EntryIdChecks.Iso(history[i - 1].From)})");
            }
        }
    }

    private void CheckChannel(Located<LogisticsChannel> c)
    {
        EntryIdChecks.FileName(c, c.Value.Id);
        for (var i = 0; i < c.Value.TransitDays.Count; i++)
        {
            var t = c.Value.TransitDays[i];
            _known.Destination(c, $"/transitDays/{i}/to", t.To);
            if (t.Min > t.Max)
            {
                c.Report($"/transitDays/{i}", "transit min is greater than max");
            }
        }

        for (var i = 0; i < c.Value.Pricing.Rates.Count; i++)
        {
            _known.Destination(c, $"/pricing/rates/{i}/to", c.Value.Pricing.Rates[i].To);
        }

        EntryIdChecks.Duplicates(c, "/transitDays", c.Value.TransitDays.Select(t => t.To), "transit destination");
        EntryIdChecks.Duplicates(c, "/pricing/rates", c.Value.Pricing.Rates.Select(t => t.To), "rate destination");
        _known.Currency(c, "/pricing/currency", c.Value.Pricing.Currency);
        _known.Sources(c, "/sources", c.Value.Sources);
        if (c.Value.Platform is { } platform && !_known.PlatformIds.Contains(platform))
        {
            c.Report("/platform", $"unknown platform '{platform}'");
        }
    }

    private void CheckImportRegimes()
    {
        var marketIds = entries.Markets.Select(m => m.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in entries.ImportRegimes)
        {
            if (!marketIds.Contains(r.Value.Market))
            {
                r.Report("/market", $"unknown market '{r.Value.Market}'");
            }

            _known.Sources(r, "/sources", r.Value.Sources);
            for (var i = 0; i < r.Value.DutyLayers.Count; i++)
            {
                _known.Sources(r, $"/dutyLayers/{i}/sources", r.Value.DutyLayers[i].Sources);
            }
        }
    }

    private void CheckPlaybook(Located<Playbook> p)
    {
        var playbook = p.Value;
        EntryIdChecks.FileName(p, playbook.Id);
        _known.Regions(p, "/markets", playbook.Markets);
        for (var i = 0; i < playbook.Channels.Count; i++)
        {
            if (!_known.ChannelIds.Contains(playbook.Channels[i]))
            {
                p.Report($"/channels/{i}", $"unknown logistics channel '{playbook.Channels[i]}'");
            }
        }

        for (var i = 0; i < playbook.MarketNotes.Count; i++)
        {
            _known.Region(p, $"/marketNotes/{i}/market", playbook.MarketNotes[i].Market);
        }

        _known.Playbooks(p, "/related", playbook.Related);
        EntryIdChecks.Duplicates(p, "/steps", playbook.Steps.Select(s => s.Id), "step id");
        _known.Sources(p, "/sources", playbook.Sources);
    }

    private void CheckPaper()
    {
        var challenges = EntryIdChecks.Unique(entries.Challenges, c => c.Id, "paper challenge");
        challenges.UnionWith(entries.Unreadable("challenge"));
        EntryIdChecks.Unique(entries.Countermeasures, c => c.Id, "paper countermeasure");
        foreach (var c in entries.Challenges)
        {
            _known.Playbooks(c, "/playbooks", c.Value.Playbooks);
            _known.Sources(c, "/sources", c.Value.Sources);
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

            _known.Playbooks(c, "/playbooks", c.Value.Playbooks);
            _known.Sources(c, "/sources", c.Value.Sources);
        }
    }

    private void CheckExchangeRates()
    {
        if (entries.ExchangeRates is not { } rates)
        {
            return;
        }

        EntryIdChecks.Duplicates(rates, "/rates", rates.Value.Rates.Select(r => r.Currency), "currency");
        var usd = rates.Value.Rates.FirstOrDefault(r => r.Currency == "USD");
        if (usd is not null && usd.PerUsd != 1m)
        {
            rates.Report("/rates", "USD must be 1 per USD");
        }

        _known.Sources(rates, "/sources", rates.Value.Sources);
        _known.Sources(rates, "/rates", rates.Value.Rates.Select(r => r.Source).OfType<string>().ToList());
    }
}
