package org.vfmigrate.dal.dao;

import org.vfmigrate.common.businessentities.DataCenter;

/** Data centers. */
public interface DataCenterDao extends GenericDao<DataCenter> {

    DataCenter getByName(String name);
}
