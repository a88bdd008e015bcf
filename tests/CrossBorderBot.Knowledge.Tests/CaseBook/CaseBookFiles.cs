using CrossBorderBot.Knowledge.Advisors.Evaluation;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.CaseBook;

/// <summary>The case books copied next to the tests, and the real knowledge base they are checked against.</summary>
internal static class CaseBookFiles
{
    private static readonly Lazy<KnowledgeBase> RealKnowledgeBase = new(() =>
    {
        var result = new KnowledgeLoader().LoadDefault();
        return result.IsValid ? result.KnowledgeBase : throw new InvalidOperationException(string.Join('\n', result.Problems));
    });

    private static readonly Lazy<AdviceCaseEvaluator> SharedEvaluator = new(() => new AdviceCaseEvaluator(RealKnowledgeBase.Value));

    public static AdviceCaseEvaluator Evaluator => SharedEvaluator.Value;

    public static AdviceCaseBook Load(string name) => AdviceCaseBook.Load(Path.Combine(AppContext.BaseDirectory, "CaseBook", name));
}
