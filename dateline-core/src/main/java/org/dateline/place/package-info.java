/**
 * Places mentioned in the text, resolved against a GeoNames extract with the story's countries as context:
 * {@link org.dateline.place.PlaceResolver} finds and resolves them, {@link org.dateline.place.Gazetteer} answers
 * lookups (a country by code or name, a place by name) for other stages. Depends on {@code text} and {@code actor}.
 */
package org.dateline.place;
