using CrossBorderBot.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Rule-change alerts: settings (<c>Alerts</c>, <c>Admin</c>), subscriptions in the bot's storage, the catalog of
    /// dated changes, the daily check and the proactive sender, and <see cref="AlertCommandBot"/> in front of the
    /// registered <see cref="IBot"/>. Call after <c>AddCrossBorderBot</c>.
    /// </summary>
    public static IServiceCollection AddRuleAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>()
            .BindConfiguration(AlertOptions.SectionName)
            .Validate(o => o.CheckTimeUtc >= TimeSpan.Zero && o.CheckTimeUtc < TimeSpan.FromDays(1), "Alerts:CheckTimeUtc must be a time of day (hh:mm:ss).")
            .Validate(o => o.UpdateNoticeDays > 0, "Alerts:UpdateNoticeDays must be positive.")
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RuleChangeCatalog>();
        services.AddSingleton<KnowledgeEntries>();
        services.AddSingleton<KnowledgeUpdateTracker>();
        services.AddSingleton<AlertMarkets>();
        services.AddSingleton<AlertSubscriptionStore>();
        services.AddSingleton<AlertMessageBuilder>();
        services.AddSingleton<ProactiveAlertSender>();
        services.AddSingleton<RuleAlertChecker>();
        services.AddSingleton<AlertCommandDetector>();
        services.AddSingleton<AlertCommandHandler>();
        services.AddHostedService<RuleAlertService>();
        WrapBot(services);
        return services;
    }

    private static void WrapBot(IServiceCollection services)
    {
        var registration = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("AddRuleAlerts answers alert requests in front of the bot: call it after AddCrossBorderBot.");
        services.Remove(registration);
        services.AddSingleton<IBot>(provider => new AlertCommandBot(
            (IBot)(registration.ImplementationInstance
                ?? registration.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!)),
            provider.GetRequiredService<AlertCommandDetector>(),
            provider.GetRequiredService<AlertCommandHandler>(),
            provider.GetRequiredService<IStatePropertyAccessor<ConversationProfile>>(),
            provider.GetRequiredService<ILogger<AlertCommandBot>>()));
    }
}
