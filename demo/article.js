// Shows the story named by ?story= in the article template (the demo's links point here).
const story = new URLSearchParams(location.search).get('story');
const byline = document.getElementById('byline');
if (story && byline) {
  const id = `https://news.example/${story}`;
  byline.setAttribute('item-id', id);
  byline.addEventListener('news-load', (event) => {
    const article = event.detail.feed.items.find((item) => item.id === id);
    if (!article) return;
    document.getElementById('headline').textContent = article.headline;
    document.getElementById('dek').textContent = article.summary ?? '';
    document.getElementById('kicker').textContent = article.section ?? '';
    document.title = `${article.headline} · news-widgets demo`;
  });
}
