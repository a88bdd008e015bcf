using CrossBorderBot.Composition;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Answers;

public static class AnswersServiceCollectionExtensions
{
    /// <summary>Free questions answered from the knowledge base (<see cref="KnowledgeAnswerer"/>) and its gap log's settings (section <c>KnowledgeGaps</c>, validated at start-up).</summary>
    public static IServiceCollection AddKnowledgeAnswers(this IServiceCollection services)
    {
        services.AddValidatedOptions<KnowledgeGapOptions, KnowledgeGapOptionsValidator>(KnowledgeGapOptions.SectionName);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<KnowledgeAnswerer>(provider, provider.GetRequiredService<BotStates>().Conversation));
        return services;
    }
}
