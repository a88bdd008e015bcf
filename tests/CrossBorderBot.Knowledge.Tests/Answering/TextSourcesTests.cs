using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// Sources per text (seventh pass): a summary or a note may name the sources it was written from, and a reply then cites
/// the sources of the texts it shows — the entry's full list only for what carries none — with "more" cited by its own
/// lines.
/// </summary>
public class TextSourcesTests
{
    private static readonly AnswerEntry Entry = new(
        SearchEntryType.Market, "xx", null, LocalizedText.Of("X", "X"),
        LocalizedText.Of("Summary.", "摘要。") with { Sources = ["a"] },
        [LocalizedText.Of("Tagged note.", "注一。") with { Sources = ["b"] }, LocalizedText.Of("Untagged note.", "注二。")],
        ["a", "b", "c"], null, ["xx"]);

    [Fact]
    public void A_lead_and_lines_from_tagged_texts_cite_only_their_sources()
    {
        var origins = new TextOrigins(Entry);
        var note = origins.From(Entry.Details[0], "Tagged note.");

        Assert.Equal(["a", "b"], origins.SourceIds(Entry.Summary, [note]));
    }

    [Fact]
    public void An_untagged_line_or_a_typed_lead_is_backed_by_the_entry_s_whole_list()
    {
        var origins = new TextOrigins(Entry);
        var untagged = origins.From(Entry.Details[1], "Untagged note.");

        Assert.Equal(["a", "b", "c"], origins.SourceIds(Entry.Summary, [untagged]));
        Assert.Equal(["a", "b", "c"], origins.SourceIds(null, []));
    }

    [Fact]
    public void A_line_rewritten_for_the_reader_keeps_its_origin()
    {
        var origins = new TextOrigins(Entry);
        var line = origins.Rewritten(origins.From(Entry.Details[0], "Tagged note about xx."), "Tagged note about X.");

        Assert.Equal(["b"], origins.SourceIdsOfLines([line]));
    }

    [Fact]
    public void A_German_market_answer_cites_the_sources_of_what_it_shows_and_keeps_the_rest_for_more()
    {
        var answer = RealAnswerer.Ask("what should a seller know about the German market?");

        Assert.Equal("de", answer.Entries[0].Id);
        var titles = answer.Sources.Select(s => s.Title).ToList();
        Assert.Contains(titles, t => t.Contains("LUCID", StringComparison.Ordinal));
        // The customs documents (the only text the TARIC source backs) wait under "more", cited there.
        Assert.DoesNotContain(titles, t => t.Contains("TARIC", StringComparison.Ordinal));
        Assert.Contains(answer.MoreSources, s => s.Title.Contains("TARIC", StringComparison.Ordinal));
    }

    [Fact]
    public void The_real_data_s_text_sources_are_known_sources()
    {
        var kb = RealAnswerer.KnowledgeBase;
        var texts = kb.Markets.SelectMany(m => m.Notes.Prepend(m.Summary)).Where(t => t.Sources is not null).ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts.SelectMany(t => t.Sources!), id => Assert.Single(kb.ResolveSources([id])));
    }

    // Eighth pass: the texts of 16 more markets name their sources. Australia's are all tagged, so the electrical-safety
    // source, which backs only the note on RCM, is cited exactly where that note is shown (the answer or "more").
    [Fact]
    public void A_source_that_backs_one_note_is_cited_only_with_that_note()
    {
        var answer = RealAnswerer.Ask("what should a seller know about Australia?");

        Assert.Equal("au", answer.Entries[0].Id);
        const string note = "RCM";
        static bool Electrical(AnswerSource s) => s.Title.Contains("Electrical Equipment Safety System", StringComparison.Ordinal);
        var shown = answer.Text.Contains(note, StringComparison.Ordinal);
        var later = string.Join('\n', answer.More).Contains(note, StringComparison.Ordinal);
        Assert.True(shown || later, "the note is neither shown nor under more");
        Assert.Equal(shown, answer.Sources.Any(Electrical));
        Assert.Equal(later, answer.MoreSources.Any(Electrical));
        Assert.Contains(answer.Sources, s => s.Title.Contains("GST on low value imported goods", StringComparison.Ordinal));
    }
}
