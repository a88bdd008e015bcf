using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>One answerer over the real knowledge base for all answering tests (the index takes seconds to build), with a fixed "today".</summary>
internal static class RealAnswerer
{
    public static readonly DateTimeOffset Today = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(KnowledgeBase Kb, QuestionAnswerer Answerer)> Instance = new(() =>
    {
        var kb = new KnowledgeLoader().LoadDefault().KnowledgeBase;
        return (kb, new QuestionAnswerer(kb, new KnowledgeSearch(kb), new FixedTime(Today)));
    });

    public static QuestionAnswerer Answerer => Instance.Value.Answerer;

    public static KnowledgeBase KnowledgeBase => Instance.Value.Kb;

    public static KnowledgeAnswer Ask(string question) => Answerer.Answer(question);

    public static string SetPath(string name) => Path.Combine(AppContext.BaseDirectory, "Answering", $"answers-{name}.tsv");

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
