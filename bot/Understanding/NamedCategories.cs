namespace CrossBorderBot.Understanding;

/// <summary>
/// The product categories a message really names as what is sold or sent, the one filter every guide's reader uses:
/// not those named only to deny them ("mugs, no batteries", "杯子…没电池": <see cref="NegatedMention"/>), and, next to
/// another product, not what that product holds ("earbuds with a lithium battery", "带锂电池的蓝牙耳机":
/// <see cref="ContainedMention"/>), which is the product's goods.
/// </summary>
public static class NamedCategories
{
    public static IReadOnlyList<CategoryEntity> Of(MessageEntities entities, string text)
    {
        var named = entities.Categories.Where(c => !NegatedMention.OnlyNegated(text, c.Text)).ToList();
        if (named.Count >= 2)
        {
            named.RemoveAll(c => ContainedMention.OnlyContained(text, c.Text));
        }

        return named;
    }
}
