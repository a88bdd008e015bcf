using CrossBorderBot.Composition;

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
        services.AddValidatedOptions<AlertOptions, AlertOptionsValidator>(AlertOptions.SectionName);
        services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(AdminOptions.SectionName);
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
        return services.DecorateBot<AlertCommandBot>(nameof(AddRuleAlerts));
    }
}
