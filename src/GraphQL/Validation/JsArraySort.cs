namespace Gateway.GraphQL.Validation;

/// <summary>
/// JavaScript's <c>Array.prototype.sort</c> as V8 runs it on short arrays (a natural run, reversed
/// when descending, then binary insertion sort). Comparators that are not a total order (graphql-js's
/// type suggestion order is one) then give the same result as in graphql-js. Longer arrays, which V8
/// merges in runs, are sorted the same way: identical results for consistent comparisons.
/// </summary>
internal static class JsArraySort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var length = items.Count;
        if (length < 2)
        {
            return;
        }

        // V8's TimSort with arrays shorter than 64: one natural run, then binary insertion.
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < length; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (descending)
        {
            items.Reverse(0, runLength);
        }

        for (var start = runLength; start < length; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
