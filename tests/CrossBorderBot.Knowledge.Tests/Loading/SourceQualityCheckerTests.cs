using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Loading;

/// <summary>The source checks of kb validate: official host per rule, deny list, https, and caveats for admitted gaps.</summary>
public class SourceQualityCheckerTests
{
    private static string Fixture(string relative) => File.ReadAllText(Path.Combine(FixtureData.ValidDirectory, relative));

    private static IReadOnlyList<KnowledgeProblem> LoadWith(params (string File, string Content)[] changes)
    {
        using var folder = new TempDataFolder();
        foreach (var (file, content) in changes)
        {
            folder.Write(file, content);
        }

        return new KnowledgeLoader().Load(folder.Path).Problems;
    }

    [Fact]
    public void A_source_on_a_denied_host_is_reported_on_its_line()
    {
        var sources = Fixture("sources/test.yaml") +
                      "  - { id: src-copy, title: Copied notice, publisher: Someone, url: \"https://www.spam.example.net/notice\" }\n";

        var problems = LoadWith(("sources/test.yaml", sources));

        var problem = Assert.Single(problems);
        Assert.Equal("sources/test.yaml", problem.File);
        Assert.Equal(8, problem.Line);
        Assert.Contains("denied host 'www.spam.example.net'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_government_domain_missing_from_the_official_hosts_is_reported()
    {
        var sources = Fixture("sources/test.yaml") +
                      "  - { id: src-regulator, title: Product safety regulator, publisher: A regulator, url: \"https://www.safety.gov.example/recalls\" }\n" +
                      "  - { id: src-go-shop, title: A shop under a go subdomain, publisher: Shop, url: \"https://go.shop.example/fees\" }\n";

        var problem = Assert.Single(LoadWith(("sources/test.yaml", sources)));

        Assert.Equal(8, problem.Line);
        Assert.Contains("source 'src-regulator' is on 'www.safety.gov.example', a government domain that sources/hosts.yaml does not list", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_an_error_unless_the_host_is_listed_as_http_only()
    {
        var sources = Fixture("sources/test.yaml").Replace("https://example.com/fees", "http://example.com/fees", StringComparison.Ordinal);
        var hosts = Fixture("sources/hosts.yaml").Replace("httpOnly: []", "httpOnly: [example.com]", StringComparison.Ordinal);

        var withoutException = LoadWith(("sources/test.yaml", sources));
        var withException = LoadWith(("sources/test.yaml", sources), ("sources/hosts.yaml", hosts));

        Assert.Contains(withoutException, p => p.File == "sources/test.yaml" && p.Line == 2 && p.Message.Contains("use https://", StringComparison.Ordinal));
        Assert.Empty(withException);
    }

    [Fact]
    public void An_import_rule_without_an_official_source_is_reported()
    {
        var us = Fixture("markets/us.yaml").Replace("    sources: [src-us-cbp]", "    sources: [src-platform]", StringComparison.Ordinal);

        var problems = LoadWith(("markets/us.yaml", us));

        var problem = Assert.Single(problems);
        Assert.Equal("markets/us.yaml", problem.File);
        Assert.Equal(18, problem.Line);
        Assert.Contains("import rule 'us-de-minimis' has no source on an official host of us", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compliance_item_needs_an_official_host_of_its_own_market()
    {
        // cbp.gov is official, but for the US: it does not ground an EU rule.
        var ce = Fixture("compliance/ce-mark.yaml").Replace("sources: [src-eu-council]", "sources: [src-us-cbp, src-platform]", StringComparison.Ordinal);

        var problems = LoadWith(("compliance/ce-mark.yaml", ce));

        Assert.Contains(problems, p => p.File == "compliance/ce-mark.yaml" && p.Message.Contains("compliance item 'ce-mark' has no source on an official host of eu", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_that_admits_an_unverified_point_needs_a_caveat()
    {
        var admitting = Fixture("compliance/ce-mark.yaml").Replace(
            "summary: { en: Declares conformity with EU product safety rules., zh-CN: 表明产品符合欧盟安全规定。 }",
            "summary: { en: Declares conformity; the 2026 update could not be verified., zh-CN: 表明产品符合规定；2026年更新未能核实。 }",
            StringComparison.Ordinal);
        var withCaveat = admitting.Replace(
            "reviewed: 2026-11-26",
            "caveat: { en: The 2026 update was not re-verified since 2026-11-26., zh-CN: 2026年更新自2026年11月26日起未再核实。 }\nreviewed: 2026-11-26",
            StringComparison.Ordinal);

        var without = LoadWith(("compliance/ce-mark.yaml", admitting));
        var with = LoadWith(("compliance/ce-mark.yaml", withCaveat));

        Assert.Contains(without, p => p.File == "compliance/ce-mark.yaml" && p.Message.Contains("could not be verified", StringComparison.Ordinal) && p.Message.Contains("no caveat", StringComparison.Ordinal));
        Assert.Empty(with);
    }

    [Fact]
    public void The_caveat_is_loaded_for_the_answer_layer()
    {
        using var folder = new TempDataFolder();
        folder.Write("compliance/ce-mark.yaml", Fixture("compliance/ce-mark.yaml").Replace(
            "reviewed: 2026-11-26",
            "caveat: { en: Not re-verified since 2026-11-26., zh-CN: 自2026年11月26日起未再核实。 }\nreviewed: 2026-11-26",
            StringComparison.Ordinal));

        var kb = new KnowledgeLoader().Load(folder.Path).KnowledgeBase;

        Assert.Equal("自2026年11月26日起未再核实。", kb.FindCompliance("ce-mark")!.Caveat!.ZhCn);
        Assert.Null(kb.FindMarket("us")!.Caveat);
    }

    [Fact]
    public void A_missing_hosts_file_is_one_problem()
    {
        using var folder = new TempDataFolder();
        folder.Delete("sources/hosts.yaml");

        var problems = new KnowledgeLoader().Load(folder.Path).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("sources/hosts.yaml", problem.File);
    }

    [Theory]
    [InlineData("https://eur-lex.europa.eu/eli/reg/2026/382/oj", SourceHostKind.Official)]
    [InlineData("https://www.cbp.gov/trade", SourceHostKind.Official)]
    [InlineData("https://notcbp.gov/trade", SourceHostKind.ThirdParty)]
    [InlineData("https://example.com/fees", SourceHostKind.PlatformOrCarrier)]
    [InlineData("https://news.example.org/story", SourceHostKind.ThirdParty)]
    public void Hosts_are_classified_by_domain_and_subdomain(string url, SourceHostKind expected)
    {
        var hosts = FixtureData.KnowledgeBase.SourceHosts;

        Assert.Equal(expected, hosts.Classify(new Source { Id = "s", Title = "t", Publisher = "p", Url = url }));
    }
}
