using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The entity keys are a contract (<c>RecognizerResult.Entities</c>, the Emulator trace, the alias list, the labelled
/// sets); they are derived from <see cref="EntityType"/>'s names, so renaming a member must fail here rather than
/// change the wire.
/// </summary>
public sealed class EntityTypesContractTests
{
    [Fact]
    public void The_keys_are_the_contracted_camel_case_names_in_the_enum_order()
    {
        Assert.Equal(
            ["country", "region", "weight", "money", "category", "issueType", "platform", "dimensions", "sensitiveGoods", "answer"],
            Enum.GetValues<EntityType>().Select(type => type.Key()));
    }

    [Fact]
    public void A_key_reads_back_as_its_type_and_nothing_else_is_a_type()
    {
        Assert.All(Enum.GetValues<EntityType>(), type => Assert.Equal(type, EntityTypes.FromKey(type.Key())));
        Assert.Null(EntityTypes.FromKey("IssueType"));
        Assert.Null(EntityTypes.FromKey("contry"));
    }

    [Fact]
    public void An_alias_line_naming_no_entity_type_is_refused_with_the_line_and_the_types()
    {
        var error = Assert.Throws<FormatException>(() => EntityAliases.Parse(["contry\tde\tdeutschland|germania"]));

        Assert.Contains("contry\tde", error.Message, StringComparison.Ordinal);
        Assert.Contains("sensitiveGoods", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_alias_list_reads_with_the_types_it_names()
    {
        var aliases = EntityAliases.Load();

        Assert.Contains(aliases, alias => alias.Kind == EntityType.SensitiveGoods);
        Assert.Contains(aliases, alias => alias.Kind == EntityType.Platform);
    }
}
