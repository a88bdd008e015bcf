using CrossBorderBot.Answers;
using CrossBorderBot.Understanding;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Plans;
using CrossBorderBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The turn pipeline, the dialogs and the one <see cref="IBot"/>.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<GuideCatalog>();
        services.AddKnowledgeAnswers();
        services.AddSingleton<PlanStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MainMenuDialog>();
        services.AddSingleton<AskQuestionDialog>();
        services.AddSingleton(provider => new GuideRegistration(IntentNames.AskKnowledge, provider.GetRequiredService<AskQuestionDialog>()));
        services.AddSingleton<LogisticsGuide>();
        services.AddSingleton(provider => new GuideRegistration(IntentNames.ChooseLogistics, provider.GetRequiredService<LogisticsGuide>()));
        services.AddSingleton<FixIssueGuide>();
        services.AddSingleton(provider => new GuideRegistration(IntentNames.FixIssue, provider.GetRequiredService<FixIssueGuide>()));
        services.AddSingleton<ReadinessGuide>();
        services.AddSingleton(provider => new GuideRegistration(IntentNames.StartReadiness, provider.GetRequiredService<ReadinessGuide>()));
        services.AddSingleton<PlatformGuide>();
        services.AddSingleton(provider => new GuideRegistration(IntentNames.ChoosePlatform, provider.GetRequiredService<PlatformGuide>()));
        services.AddSingleton(provider =>
        {
            var conversationState = provider.GetRequiredService<BotStates>().Conversation;
            var dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(nameof(DialogState)));
            dialogs.Add(provider.GetRequiredService<MainMenuDialog>());
            return dialogs;
        });
        services.AddSingleton(provider =>
            provider.GetRequiredService<BotStates>().Conversation.CreateProperty<ConversationProfile>(nameof(ConversationProfile)));
        services.AddSingleton<ConversationRouter>();
        services.AddSingleton<IBot, CrossBorderActivityHandler>();
        return services;
    }
}
