using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>The recognizer's vocabulary comes from the loaded knowledge base (its typed model), plus the alias list.</summary>
public sealed class KnowledgeVocabularyTests
{
    private static readonly Vocabulary Vocabulary = KnowledgeVocabulary.FromDefaultData();

    [Fact]
    public void The_default_data_is_the_copy_next_to_the_app_not_the_working_directory()
    {
        Assert.StartsWith(AppContext.BaseDirectory, KnowledgePaths.DefaultDataDirectory, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(KnowledgePaths.DefaultDataDirectory, "geography.yaml")));
    }

    [Fact]
    public void Every_region_id_of_the_format_is_present_with_both_names()
    {
        string[] expected =
        [
            "global", "north-america", "latin-america", "europe", "eu", "east-asia", "southeast-asia", "south-asia",
            "middle-east", "africa", "oceania", "russia-cis",
        ];

        Assert.Equal(expected.Order(), Vocabulary.Regions.Select(r => r.Id).Order());
        Assert.All(Vocabulary.Regions, r => Assert.False(string.IsNullOrWhiteSpace(r.ChineseName), r.Id));
    }

    [Fact]
    public void Countries_cover_the_markets_and_all_eu_members()
    {
        var codes = Vocabulary.Countries.Select(c => c.Id).ToHashSet();
        string[] markets = ["us", "ca", "mx", "br", "de", "fr", "gb", "jp", "kr", "au", "id", "sa", "ae", "ru"];
        string[] eu =
        [
            "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt", "lu",
            "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se",
        ];

        Assert.Subset(codes, markets.ToHashSet());
        Assert.Subset(codes, eu.ToHashSet());
        Assert.InRange(Vocabulary.Countries.Count, 75, 120);
        Assert.Equal(Vocabulary.Countries.Count, codes.Count);
        Assert.All(Vocabulary.Countries, c => Assert.Matches("^[a-z]{2}$", c.Id));
        Assert.All(Vocabulary.Countries, c => Assert.NotEmpty(c.ChinesePhrases));
    }

    [Fact]
    public void Categories_are_exactly_the_fixed_vocabulary_with_keywords_in_both_languages()
    {
        string[] expected =
        [
            "electronics", "phone-accessories", "computers", "home-garden", "furniture", "kitchen", "apparel", "shoes",
            "bags-luggage", "jewelry-watches", "beauty-personal-care", "health-supplements", "toys-games", "baby",
            "sports-outdoors", "automotive", "tools-hardware", "lighting", "pet-supplies", "office-stationery",
            "arts-crafts", "textiles", "machinery-industrial", "food-beverage", "books-media", "batteries-power",
        ];

        Assert.Equal(expected.Order(), Vocabulary.Categories.Select(c => c.Id).Order());
        Assert.All(Vocabulary.Categories, c => Assert.True(c.EnglishPhrases.Count > 2 && c.ChinesePhrases.Count > 2, c.Id));
    }

    [Fact]
    public void Platforms_are_the_knowledge_bases_named_without_their_bracketed_notes_plus_the_alias_spellings()
    {
        var amazon = Assert.Single(Vocabulary.Platforms, p => p.Id == "amazon");
        Assert.DoesNotContain(Vocabulary.Platforms, p => p.EnglishName.Contains('(') || p.ChineseName.Contains('（'));
        Assert.True(amazon.EnglishPhrases.Count > 1, "the alias list adds spellings to the knowledge base's name");
    }

    [Fact]
    public void Every_country_and_region_of_the_loaded_knowledge_base_is_a_term_with_its_names_and_aliases()
    {
        var knowledge = new KnowledgeLoader().Load(KnowledgePaths.DefaultDataDirectory).KnowledgeBase;

        var vocabulary = KnowledgeVocabulary.From(knowledge);

        Assert.All(knowledge.Regions, region =>
        {
            var term = Assert.Single(vocabulary.Regions, t => t.Id == region.Id);
            Assert.Contains(region.Name.En, term.EnglishPhrases);
            Assert.All(region.Aliases?.ZhCn ?? [], alias => Assert.Contains(alias, term.ChinesePhrases));
        });
        Assert.All(knowledge.Countries, country =>
        {
            var term = Assert.Single(vocabulary.Countries, t => t.Id == country.Code.ToLowerInvariant());
            Assert.Equal(country.Name.ZhCn, term.ChineseName);
            Assert.All(country.Aliases?.En ?? [], alias => Assert.Contains(alias, term.EnglishPhrases, StringComparer.OrdinalIgnoreCase));
        });
    }
}
