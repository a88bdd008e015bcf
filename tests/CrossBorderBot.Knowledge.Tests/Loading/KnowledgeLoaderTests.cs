using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

public class KnowledgeLoaderTests
{
    private const string GoodPlatformHead = """
        id: bigmart
        name: { en: BigMart, zh-CN: 大商城 }
        summary: { en: A marketplace., zh-CN: 一个电商平台。 }
        classification: { operator: third-party, service: online-trading, models: [B2C] }
        regions: [north-america]
        """;

    private const string GoodPlatformTail = """
        fees: { approximate: true }
        fit: { minMonthlyBudgetUsd: 500, beginnerFriendly: false, ownBrandValue: high }
        sources: [src-platform]
        reviewed: 2026-11-26
        """;

    public static TheoryData<string, string, string, int, string> BrokenFiles => new()
    {
        // name, file, content, expected line, expected message fragment
        {
            "bad YAML syntax", "platforms/bigmart.yaml",
            "id: bigmart\nname: { en: BigMart, zh-CN: 大商城\nsummary: x\n", 3, "YAML syntax error"
        },
        {
            "schema: wrong type", "platforms/bigmart.yaml",
            GoodPlatformHead + "\nfees:\n  approximate: true\n  commissionPercent: { min: eight, max: 15 }\n" +
            "fit: { minMonthlyBudgetUsd: 500, beginnerFriendly: false, ownBrandValue: high }\nsources: [src-platform]\nreviewed: 2026-11-26\n",
            8, "/fees/commissionPercent/min"
        },
        {
            "schema: unknown enum value", "platforms/bigmart.yaml",
            GoodPlatformHead.Replace("third-party", "someone", StringComparison.Ordinal) + "\n" + GoodPlatformTail, 4, "/classification/operator"
        },
        {
            "schema: unknown property", "platforms/bigmart.yaml",
            GoodPlatformHead + "\ncolour: blue\n" + GoodPlatformTail, 6, "unknown property"
        },
        {
            "missing translation", "platforms/bigmart.yaml",
            GoodPlatformHead.Replace("summary: { en: A marketplace., zh-CN: 一个电商平台。 }", "summary: { en: A marketplace. }", StringComparison.Ordinal) + "\n" + GoodPlatformTail,
            3, "zh-CN"
        },
        {
            "missing required field", "platforms/bigmart.yaml",
            GoodPlatformHead + "\n" + GoodPlatformTail.Replace("reviewed: 2026-11-26", string.Empty, StringComparison.Ordinal), 1, "reviewed"
        },
        {
            "dangling source reference", "platforms/bigmart.yaml",
            GoodPlatformHead + "\n" + GoodPlatformTail.Replace("[src-platform]", "[src-platform, no-such-source]", StringComparison.Ordinal), 8, "unknown source 'no-such-source'"
        },
        {
            "fee history out of date order", "platforms/bigmart.yaml",
            GoodPlatformHead + "\nfees:\n  approximate: true\n  fixed: [ { name: { en: Item fee, zh-CN: 按件费 }, amount: { amount: 0.99, currency: USD }, per: item } ]\n  history:\n" +
            "    - { from: 2024-07-01, market: us, text: { en: Eight, zh-CN: 八 }, sources: [src-platform] }\n" +
            "    - { from: 2024-04-01, market: us, text: { en: Six, zh-CN: 六 }, sources: [src-platform] }\n" +
            "fit: { minMonthlyBudgetUsd: 500, beginnerFriendly: false, ownBrandValue: high }\nsources: [src-platform]\nreviewed: 2026-11-26\n",
            11, "fee history is not in date order"
        },
        {
            "fee history with an unknown source", "platforms/bigmart.yaml",
            GoodPlatformHead + "\nfees:\n  approximate: true\n  fixed: [ { name: { en: Item fee, zh-CN: 按件费 }, amount: { amount: 0.99, currency: USD }, per: item } ]\n  history:\n" +
            "    - { from: 2024-04-01, market: us, text: { en: Six, zh-CN: 六 }, sources: [no-such-source] }\n" +
            "fit: { minMonthlyBudgetUsd: 500, beginnerFriendly: false, ownBrandValue: high }\nsources: [src-platform]\nreviewed: 2026-11-26\n",
            10, "unknown source 'no-such-source'"
        },
        {
            "a text naming an unknown source of its own", "platforms/bigmart.yaml",
            GoodPlatformHead.Replace("summary: { en: A marketplace., zh-CN: 一个电商平台。 }", "summary: { en: A marketplace., zh-CN: 一个电商平台。, sources: [no-such-source] }", StringComparison.Ordinal) + "\n" + GoodPlatformTail,
            3, "unknown source 'no-such-source'"
        },
        {
            "dangling region reference", "platforms/bigmart.yaml",
            GoodPlatformHead.Replace("regions: [north-america]", "regions:\n  - north-america\n  - atlantis", StringComparison.Ordinal) + "\n" + GoodPlatformTail, 7, "unknown region or country 'atlantis'"
        },
        {
            "id does not match file name", "platforms/bigmart.yaml",
            GoodPlatformHead.Replace("id: bigmart", "id: big-mart", StringComparison.Ordinal) + "\n" + GoodPlatformTail, 1, "does not match the file name"
        },
        {
            "duplicate id", "glossary.yaml",
            "terms:\n" +
            "  - { id: ddp, term: { en: DDP, zh-CN: 完税后交货 }, definition: { en: Duty paid., zh-CN: 完税。 }, sources: [src-paper], reviewed: 2026-11-26 }\n" +
            "  - { id: ddp, term: { en: DDP again, zh-CN: 重复 }, definition: { en: Duty paid., zh-CN: 完税。 }, sources: [src-paper], reviewed: 2026-11-26 }\n",
            3, "duplicate glossary term id 'ddp'"
        },
        {
            "dangling playbook channel", "playbooks/ip-complaint.yaml",
            "id: ip-complaint\nissueType: ip_complaint\nname: { en: IP, zh-CN: 知识产权 }\nsummary: { en: IP., zh-CN: 知识产权。 }\n" +
            "keywords: { en: [trademark], zh-CN: [商标] }\nsteps:\n  - { id: stop, title: { en: Stop, zh-CN: 停止 } }\n" +
            "channels: [express, teleport]\nsources: [src-platform]\nreviewed: 2026-11-26\n",
            8, "unknown logistics channel 'teleport'"
        },
        {
            "logistics channel bound to an unknown platform", "logistics/express.yaml",
            File.ReadAllText(Path.Combine(FixtureData.ValidDirectory, "logistics", "express.yaml"))
                .Replace("kind: express", "kind: platform-logistics\nplatform: nosuchmart", StringComparison.Ordinal),
            5, "unknown platform 'nosuchmart'"
        },
        {
            "overlapping rule periods", "markets/us.yaml",
            File.ReadAllText(Path.Combine(FixtureData.ValidDirectory, "markets", "us.yaml"))
                .Replace("{ from: 2025-08-29, exemptUpTo", "{ from: 2025-08-01, exemptUpTo", StringComparison.Ordinal),
            17, "overlaps or precedes the previous one"
        },
    };

    [Fact]
    public void Valid_fixture_loads_without_problems()
    {
        var result = new KnowledgeLoader().Load(FixtureData.ValidDirectory);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.KnowledgeBase.Platforms.Count);
        Assert.Equal(3, result.KnowledgeBase.LogisticsChannels.Count);
        Assert.Equal("大商城", result.KnowledgeBase.FindPlatform("bigmart")!.Name.ZhCn);
        Assert.Equal(new DateOnly(2025, 8, 29), result.KnowledgeBase.FindMarket("us")!.ImportRules[0].Periods[1].From);
        Assert.Equal("9610", result.KnowledgeBase.ExportModes[0].Id);
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_file_is_reported_with_file_and_line(string name, string file, string content, int line, string fragment)
    {
        using var folder = new TempDataFolder();
        folder.Write(file, content);

        var problems = new KnowledgeLoader().Load(folder.Path).Problems;

        Assert.True(
            problems.Any(p => p.File == file && p.Line == line && p.ToString().Contains(fragment, StringComparison.Ordinal)),
            $"{name}: expected {file}:{line} containing '{fragment}', got:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        using var folder = new TempDataFolder();
        folder.Write("platforms/bigmart.yaml", GoodPlatformHead.Replace("regions: [north-america]", "regions: [atlantis]", StringComparison.Ordinal) + "\n" +
                                              GoodPlatformTail.Replace("[src-platform]", "[nowhere]", StringComparison.Ordinal));
        folder.Write("glossary.yaml", "terms: []\nextra: 1\n");

        var problems = new KnowledgeLoader().Load(folder.Path).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("platforms/bigmart.yaml:5: ", StringComparison.Ordinal) && p.Contains("atlantis", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("platforms/bigmart.yaml:8: ", StringComparison.Ordinal) && p.Contains("nowhere", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("glossary.yaml:2: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_breaks_its_schema_still_gets_its_references_checked()
    {
        using var folder = new TempDataFolder();
        folder.Write("platforms/bigmart.yaml", GoodPlatformHead.Replace("summary: { en: A marketplace., zh-CN: 一个电商平台。 }", "summary: { en: A marketplace. }", StringComparison.Ordinal) + "\n" +
                                              GoodPlatformTail.Replace("[src-platform]", "[nowhere]", StringComparison.Ordinal));

        var problems = new KnowledgeLoader().Load(folder.Path).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("platforms/bigmart.yaml:3: ", StringComparison.Ordinal) && p.Contains("zh-CN", StringComparison.Ordinal));
        Assert.Contains("platforms/bigmart.yaml:8: unknown source 'nowhere'", problems);
    }

    [Fact]
    public void A_broken_entry_does_not_make_references_to_it_dangling()
    {
        using var folder = new TempDataFolder();
        var express = File.ReadAllText(Path.Combine(FixtureData.ValidDirectory, "logistics", "express.yaml"));
        folder.Write("logistics/express.yaml", express.Replace("tracking: full", "tracking: excellent", StringComparison.Ordinal));

        var problems = new KnowledgeLoader().Load(folder.Path).Problems;

        Assert.Contains(problems, p => p.File == "logistics/express.yaml" && p.Message.StartsWith("/tracking", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.File.StartsWith("playbooks/", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_file_and_missing_data_folder_are_problems()
    {
        using var folder = new TempDataFolder();
        folder.Write("misc/notes.yaml", "a: 1\n");

        Assert.Contains(new KnowledgeLoader().Load(folder.Path).Problems, p => p.File == "misc/notes.yaml" && p.Message.Contains("unknown data file", StringComparison.Ordinal));
        Assert.NotEmpty(new KnowledgeLoader().Load(Path.Combine(folder.Path, "nope")).Problems);
    }

    [Fact]
    public void Missing_geography_is_reported_once()
    {
        using var folder = new TempDataFolder();
        folder.Delete("geography.yaml");

        var problems = new KnowledgeLoader().Load(folder.Path).Problems;

        Assert.Single(problems);
        Assert.Equal("geography.yaml", problems[0].File);
    }

    [Theory]
    [InlineData("$.steps[0].id", "/steps/0/id")]
    [InlineData("$['zh-CN']", "/zh-CN")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void Json_paths_become_pointers(string? path, string pointer)
    {
        Assert.Equal(pointer, KnowledgeLoader.JsonPathToPointer(path));
    }
}
