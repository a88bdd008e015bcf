using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

public sealed class VocabularyLoaderTests
{
    private static readonly Vocabulary Vocabulary = VocabularyLoader.Load();

    [Fact]
    public void Loads_from_the_copy_next_to_the_app_not_the_working_directory()
    {
        Assert.StartsWith(AppContext.BaseDirectory, VocabularyLoader.DefaultDataDirectory, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(VocabularyLoader.DefaultDataDirectory, "geography.yaml")));
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
    public void A_missing_data_folder_is_reported_with_its_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => VocabularyLoader.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
