using CrossBorderBot.Conversation;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Channels.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams door: mention gate, question-card stamps, <c>Action.Execute</c>, welcome on install and the
    /// knowledge search of the message extension (settings: section <c>Teams</c>), plugged into the core handler as
    /// its <see cref="IChannelTurnHooks"/>.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton(provider =>
            provider.GetRequiredService<BotStates>().Conversation.CreateProperty<TeamsCardLedger>(nameof(TeamsCardLedger)));
        services.TryAddSingleton<TeamsPromptCards>();
        services.TryAddSingleton<TeamsKnowledgeSearchExtension>();
        services.TryAddSingleton<TeamsChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelTurnHooks, TeamsChannel>(provider => provider.GetRequiredService<TeamsChannel>()));

        services.TryAddSingleton<IKnowledgeSearchForTeams>(provider => new KnowledgeSearchForTeams(
            provider.GetRequiredService<KnowledgeSearch>(),
            provider.GetRequiredService<KnowledgeBase>()));
        return services;
    }
}
