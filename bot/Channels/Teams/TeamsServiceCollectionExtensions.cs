using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Conversation;
using CrossBorderBot.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Channels.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams door: the check of clicks on older question cards (<see cref="StaleCardClicks"/>, ahead of Teams'
    /// own hooks), mention gate, <c>Action.Execute</c>, welcome on install and the knowledge search of the message
    /// extension (settings: section <c>Teams</c>), plugged into the core handler as its <see cref="IChannelTurnHooks"/>.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.AddStaleCardClicks();
        services.TryAddSingleton<TeamsKnowledgeSearchExtension>();
        services.TryAddSingleton<TeamsChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelTurnHooks, TeamsChannel>(provider => provider.GetRequiredService<TeamsChannel>()));

        services.TryAddSingleton<IKnowledgeSearchForTeams>(provider => new KnowledgeSearchForTeams(
            provider.GetRequiredService<KnowledgeSearch>(),
            provider.GetRequiredService<KnowledgeBase>()));
        return services;
    }
}
