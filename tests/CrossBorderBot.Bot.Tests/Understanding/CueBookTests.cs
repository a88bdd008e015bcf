using System.Text.RegularExpressions;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>How the cue vocabulary file is read: lists expand exactly, a Unicode class is not a list name, and a
/// file that names a list it does not define, or lacks a field, fails with the cue's name.</summary>
public sealed class CueBookTests
{
    private const string Yaml = """
        lists:
          ack-en.test: |-
            (?:ok|yes)
        cues:
          First:
            why: a test cue
            options: IgnoreCase, CultureInvariant
            pattern: |-
              ^{ack-en.test}\s+\p{L}{1,3}\d{2}{english-numeral}$
        """;

    [Fact]
    public void A_template_expands_its_lists_and_keeps_quantifiers_and_unicode_classes()
    {
        var cue = CueVocabulary.Read(new StringReader(Yaml))["First"];

        Assert.Equal(@"^(?:ok|yes)\s+\p{L}{1,3}\d{2}" + CrossBorderBot.Understanding.Quantities.EnglishNumeral.Pattern + "$", cue.Pattern);
        Assert.Equal(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, cue.Options);
        Assert.Equal("a test cue", cue.Why);
    }

    [Fact]
    public void A_list_the_file_does_not_define_fails_with_the_cue_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CueVocabulary.Read(new StringReader(Yaml.Replace("{ack-en.test}", "{ack-en.tset}"))));

        Assert.Contains("First", error.Message);
        Assert.Contains("{ack-en.tset}", error.Message);
    }

    [Fact]
    public void A_cue_without_options_fails_with_the_cue_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CueVocabulary.Read(new StringReader(Yaml.Replace("options: IgnoreCase, CultureInvariant", "opts: IgnoreCase"))));

        Assert.Contains("First", error.Message);
    }

    [Fact]
    public void Every_cue_of_the_embedded_vocabulary_has_a_reason_and_builds()
    {
        foreach (var cue in CueBook.All)
        {
            var definition = CueBook.Default.Definition(cue);
            Assert.False(string.IsNullOrWhiteSpace(definition.Why), $"{cue} has no why");
            Assert.Equal(definition.Pattern, CueBook.Get(cue).ToString());
        }
    }
}
