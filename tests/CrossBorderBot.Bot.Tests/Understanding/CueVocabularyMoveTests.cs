using System.Text.RegularExpressions;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The cue regexes moved from [GeneratedRegex] declarations into the cue vocabulary (cue-vocabulary.yaml) without a
/// change: each expanded pattern equals, character for character and with the same options, the literal it replaced.
/// The literals (cue-literals-8c0912f.tsv: key, pattern, options) were read mechanically from the C# source of commit
/// 8c0912f by a script, before the move. Factoring a word list out of the patterns keeps this green only if the list
/// is the very text it replaces; merging two lists that differ is a change of behaviour and must update this file in
/// the same commit, with the dev measures.
/// </summary>
public sealed class CueVocabularyMoveTests
{
    private static readonly string LiteralsFile = Path.Combine(AppContext.BaseDirectory, "Understanding", "cue-literals-8c0912f.tsv");

    public static TheoryData<string, string, string> Literals()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(LiteralsFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            Assert.Equal(3, columns.Length);
            data.Add(columns[0], columns[1], columns[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Literals))]
    public void Each_cue_expands_to_the_literal_it_replaced(string key, string literal, string options)
    {
        var definition = CueBook.Default.Definition(Enum.Parse<Cue>(key));

        Assert.Equal(literal, definition.Pattern);
        Assert.Equal(Enum.Parse<RegexOptions>(options), definition.Options);
    }

    [Fact]
    public void Every_cue_replaced_a_literal_and_every_literal_has_its_cue()
    {
        var keys = Literals().Select(row => (string)row[0]).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(Enum.GetNames<Cue>().Order(), keys.Order());
    }

    [Fact]
    public void The_regex_handed_out_is_the_cue_pattern_interpreted_first_then_compiled()
    {
        var definition = CueBook.Default.Definition(Cue.GoAheadNextStep);
        var first = CueBook.Get(Cue.GoAheadNextStep);

        Assert.Equal(definition.Pattern, first.ToString());
        Assert.Equal(definition.Options | RegexOptions.CultureInvariant, first.Options & ~RegexOptions.Compiled);
        Assert.True(
            SpinWait.SpinUntil(() => CueBook.Get(Cue.GoAheadNextStep).Options.HasFlag(RegexOptions.Compiled), TimeSpan.FromSeconds(30)),
            "the compiled regex never replaced the interpreted one");
        var compiled = CueBook.Get(Cue.GoAheadNextStep);
        Assert.Equal(definition.Pattern, compiled.ToString());
        Assert.Equal(definition.Options | RegexOptions.CultureInvariant | RegexOptions.Compiled, compiled.Options);
        Assert.Same(compiled, CueBook.Get(Cue.GoAheadNextStep));
    }
}
