/**
 * Labels that introduce a list of links to other articles, in languages other
 * than English, one group per language. Matched like `linkListLabels`: the
 * whole text of a short element, lower-cased, without surrounding punctuation.
 * Only labels that introduce links to other pages on news and blog sites;
 * "further reading" and its equivalents are left out where they usually head
 * a list of sources.
 */
export const intlLinkListLabels: readonly RegExp[] = [
  // French
  /^(?:(?:à|a) )?lire (?:aussi|également|egalement)$/,
  /^(?:voir aussi|lire la suite aussi|articles? (?:similaires|liés|lies|associés|recommandés)|sur le même (?:sujet|thème)|dans la même rubrique|les plus lus|(?:à|a) découvrir (?:aussi|également)|vous (?:aimerez|aimeriez) (?:peut-être )?aussi|ces articles (?:peuvent|pourraient) vous intéresser|(?:ça|cela) peut vous intéresser|nos articles (?:similaires|recommandés))$/,
  // German
  /^(?:lesen sie (?:auch|außerdem|ausserdem|mehr)|auch (?:interessant|lesenswert)|siehe auch|mehr zum thema|passend zum thema|(?:weitere|ähnliche|verwandte|empfohlene) (?:artikel|beiträge|themen|nachrichten)|meistgelesen|meistgelesene artikel|das könnte sie (?:auch )?interessieren|dazu passend)$/,
  // Spanish
  /^(?:lee|leer|lea) (?:también|tambien|además)$/,
  /^(?:ver también|(?:artículos|articulos|noticias|entradas) relacionad[ao]s|contenido relacionado|(?:también )?te (?:puede|podría) interesar|quizás te interese|puede interesarte|te recomendamos|lo más leído|más leíd[ao]s|mas leidas)$/,
  // Italian
  /^(?:leggi (?:anche|pure)|vedi anche|(?:articoli|notizie|post) correlat[ie]|(?:ti )?potrebbe(?:ro)? (?:interessarti|anche interessarti)|potrebbe interessarti anche|i più letti|più lett[ie]|ti consigliamo)$/,
  // Portuguese
  /^(?:leia (?:também|tambem|mais|ainda)|veja (?:também|tambem|mais)|confira (?:também|tambem)|(?:artigos|notícias|noticias|posts) relacionad[ao]s|(?:você|voce) também pode gostar|mais lid[ao]s|relacionados)$/,
  // Dutch
  /^(?:lees (?:ook|meer|verder)|zie ook|bekijk ook|ook interessant|gerelateerde (?:artikelen|berichten|items)|meer over dit onderwerp|meest gelezen|dit vind je (?:misschien )?ook (?:leuk|interessant))$/,
  // Polish
  /^(?:czytaj|przeczytaj|zobacz) (?:też|także|również|tez|takze|rowniez)$/,
  /^(?:polecamy|(?:powiązane|podobne|polecane) (?:artykuły|wpisy|teksty)|najczęściej czytane|najpopularniejsze|może cię (?:też )?zainteresować|to może cię zainteresować)$/,
  // Czech
  /^(?:čtěte (?:také|též|take|tez)|přečtěte si (?:také|též)|viz také|související(?: články| zprávy)?|mohlo by vás (?:také )?zajímat|nejčtenější|doporučujeme|další články)$/,
  // Russian
  /^(?:читайте (?:также|тоже)|читать также|смотрите также|см\. также|по теме|ещё по теме|еще по теме|(?:похожие|связанные|рекомендуемые|другие) (?:статьи|материалы|новости|записи)|вам может быть интересно|рекомендуем|самое читаемое|популярное)$/,
  // Japanese
  /^(?:あわせて読みたい|併せて読みたい|合わせて読みたい|こちらもおすすめ|こちらもオススメ|こちらの記事もおすすめ|関連記事|関連する記事|おすすめ記事|オススメ記事|人気記事|こちらも読まれています|この記事を読んだ人はこんな記事も読んでいます)$/,
  // Chinese (simplified and traditional)
  /^(?:相关阅读|相關閱讀|相关文章|相關文章|相关推荐|相關推薦|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡|你可能也喜欢|你可能也喜歡|热门文章|熱門文章|更多阅读|更多閱讀)$/,
]
