using CrossBorderBot.Answers;
using CrossBorderBot.Understanding;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Plans;
using CrossBorderBot.Storage;

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
        services.AddSingleton<MainMenuDialog>();
        services.AddGuide<AskQuestionDialog>(IntentNames.AskKnowledge);
        services.AddGuide<LogisticsGuide>(IntentNames.ChooseLogistics);
        services.AddGuide<FixIssueGuide>(IntentNames.FixIssue);
        services.AddGuide<ReadinessGuide>(IntentNames.StartReadiness);
        services.AddGuide<PlatformGuide>(IntentNames.ChoosePlatform);
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

    /// <summary>The dialog, and the menu entry that starts it for <paramref name="intent"/> (collected by <see cref="GuideCatalog"/>).</summary>
    private static void AddGuide<TDialog>(this IServiceCollection services, string intent)
        where TDialog : Dialog
    {
        services.AddSingleton<TDialog>();
        services.AddSingleton(provider => new GuideRegistration(intent, provider.GetRequiredService<TDialog>()));
    }
}
